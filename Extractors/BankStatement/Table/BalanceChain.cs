using System.Globalization;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Checks each transaction against the running balance (previous balance + amount = balance)
/// and repairs what one misreading explains: a lost or wrong sign on the amount or the balance,
/// a misread balance (the next row confirms the computed one), a misread amount (the balances
/// on both sides agree), either one when the next row cannot tell but only one is a digit or
/// two away from what the balance says it must be, or a missing amount or balance.
/// </summary>
internal static class BalanceChain
{
    public static IReadOnlyList<Transaction> Repair(decimal? opening, IReadOnlyList<Transaction> transactions)
    {
        var repaired = transactions.ToList();
        var previous = opening;
        for (var i = 0; i < repaired.Count; i++)
        {
            var row = repaired[i];
            var next = i + 1 < repaired.Count ? repaired[i + 1] : null;
            if (previous is { } before)
            {
                repaired[i] = RepairRow(before, row, next);
            }

            previous = repaired[i].Balance;
        }

        return repaired;
    }

    private static Transaction RepairRow(decimal before, Transaction row, Transaction? next)
    {
        switch (row.Amount, row.Balance)
        {
            case ({ } amount, { } balance) when before + amount == balance:
                return row;
            case ({ } amount, { } balance) when before - amount == balance:
                return row with { Amount = -amount, Repair = "the amount's sign, from the running balance" };
            case ({ } amount, { } balance) when before + amount == -balance:
                return row with { Balance = -balance, Repair = "the balance's sign, from the running balance" };
            case ({ } amount, { } balance) when next is { Amount: { } nextAmount, Balance: { } nextBalance } && nextBalance - nextAmount == before + amount:
                return row with { Balance = before + amount, Repair = $"the balance {balance} misread, from the rows around it" };
            case ({ } amount, { } balance) when next is { Amount: { } nextAmount, Balance: { } nextBalance } && balance + nextAmount == nextBalance:
                return row with { Amount = balance - before, Repair = $"the amount {amount} misread, from the balances around it" };
            case ({ } amount, { } balance) when CloserReading(before, amount, balance) is { } repaired:
                return repaired(row);
            case (null, { } balance):
                return row with { Amount = balance - before, Repair = "the missing amount, from the running balance" };
            case ({ } amount, null):
                return row with { Balance = before + amount, Repair = "the missing balance, from the running balance" };
            default:
                return row;
        }
    }

    /// <summary>The amount or the balance, whichever is fewer digits from its computed value (at most <see cref="MaxMisreadDigits"/>).</summary>
    private static Func<Transaction, Transaction>? CloserReading(decimal before, decimal amount, decimal balance)
    {
        var balanceDistance = DigitDistance(balance, before + amount);
        var amountDistance = DigitDistance(amount, balance - before);
        if (Math.Min(balanceDistance, amountDistance) > MaxMisreadDigits)
        {
            return null;
        }

        return balanceDistance <= amountDistance
            ? row => row with { Balance = before + amount, Repair = $"the balance {balance} misread, from the running balance" }
            : row => row with { Amount = balance - before, Repair = $"the amount {amount} misread, from the running balance" };
    }

    private const int MaxMisreadDigits = 2;

    private static int DigitDistance(decimal read, decimal computed)
    {
        var (a, b) = (Math.Abs(read).ToString("0.00", CultureInfo.InvariantCulture), Math.Abs(computed).ToString("0.00", CultureInfo.InvariantCulture));
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
