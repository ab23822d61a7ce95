using System.Globalization;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Checks each transaction against the running balance (previous balance + amount = balance)
/// and repairs what one misreading explains: a lost or wrong sign on the amount or the balance,
/// a misread balance (the amounts of the next rows lead from the computed one to a balance they
/// state), a misread amount (they lead from the balance read), either one when the next rows
/// cannot tell but only one is a digit or two from what it must be (the less surely read of the
/// two when both are), a missing amount or balance, or both (from the next row's balance less its
/// amount). A closing balance the statement states confirms the last rows as a next row's would.
/// </summary>
internal static class BalanceChain
{
    /// <summary>How many rows ahead a reading may be confirmed: enough to reach past a row whose balance is unreadable too.</summary>
    private const int Lookahead = 3;

    public static IReadOnlyList<Transaction> Repair(decimal? opening, IReadOnlyList<Transaction> transactions, IReadOnlyList<decimal> statedClosings)
    {
        var repaired = transactions.ToList();
        var previous = opening;
        for (var i = 0; i < repaired.Count; i++)
        {
            if (previous is { } before)
            {
                repaired[i] = RepairRow(before, repaired, i, statedClosings);
            }

            previous = repaired[i].Balance;
        }

        return repaired;
    }

    private static Transaction RepairRow(decimal before, List<Transaction> rows, int index, IReadOnlyList<decimal> statedClosings)
    {
        var row = rows[index];
        switch (row.Amount, row.Balance)
        {
            case ({ } amount, { } balance) when before + amount == balance:
                return row;
            case ({ } amount, { } balance) when before - amount == balance:
                return row with { Amount = -amount, Repair = "the amount's sign, from the running balance" };
            case ({ } amount, { } balance) when before + amount == -balance:
                return row with { Balance = -balance, Repair = "the balance's sign, from the running balance" };
            // Whichever reading the rows after confirm soonest: the balance computed from the amount, or the balance read.
            case ({ } amount, { } balance) when RowsToConfirm(rows, index, before + amount, statedClosings) is var computed
                && RowsToConfirm(rows, index, balance, statedClosings) is var read
                && Math.Min(computed, read) <= Lookahead:
                return computed < read
                    ? row with { Balance = before + amount, BalanceDerived = true, Repair = $"the balance {balance} misread, from the rows after it" }
                    : row with { Amount = balance - before, Repair = $"the amount {amount} misread, from the balances around it" };
            case ({ } amount, { } balance) when CloserReading(before, row, amount, balance) is { } repaired:
                return repaired(row);
            case (null, { } balance):
                return row with { Amount = balance - before, Repair = "the missing amount, from the running balance" };
            case ({ } amount, null):
                return row with { Balance = before + amount, BalanceDerived = true, Repair = "the missing balance, from the running balance" };
            case (null, null) when BalanceBefore(rows, index + 1) is { } balance:
                return row with { Amount = balance - before, Balance = balance, BalanceDerived = true, Repair = "the missing amount and balance, from the rows around it" };
            default:
                return row;
        }
    }

    /// <summary>The balance before row <paramref name="index"/>: its balance less its amount, when the row after it confirms that balance (or there is none).</summary>
    private static decimal? BalanceBefore(List<Transaction> rows, int index)
    {
        if (index >= rows.Count || rows[index] is not { Amount: { } amount, Balance: { } balance })
        {
            return null;
        }

        var confirmed = index + 1 == rows.Count || rows[index + 1] is { Amount: { } next, Balance: { } nextBalance } && balance + next == nextBalance;
        return confirmed ? balance - amount : null;
    }

    /// <summary>
    /// How many rows after <paramref name="index"/> it takes for their amounts to lead from
    /// <paramref name="balance"/> to a balance one of them states, or past the last row to a
    /// stated closing balance; past <see cref="Lookahead"/>, never.
    /// </summary>
    private static int RowsToConfirm(List<Transaction> rows, int index, decimal balance, IReadOnlyList<decimal> statedClosings)
    {
        var running = balance;
        for (var j = index + 1; j <= index + Lookahead; j++)
        {
            if (j == rows.Count)
            {
                return statedClosings.Contains(running) ? j - index : int.MaxValue;
            }

            if (rows[j].Amount is not { } amount)
            {
                break;
            }

            running += amount;
            if (rows[j].Balance == running)
            {
                return j - index;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// The amount or the balance, whichever is fewer digits from its computed value (at most
    /// <see cref="MaxMisreadDigits"/>); as many digits apart, the one OCR was less sure of.
    /// </summary>
    private static Func<Transaction, Transaction>? CloserReading(decimal before, Transaction row, decimal amount, decimal balance)
    {
        var balanceDistance = DigitDistance(balance, before + amount);
        var amountDistance = DigitDistance(amount, balance - before);
        if (Math.Min(balanceDistance, amountDistance) > MaxMisreadDigits)
        {
            return null;
        }

        var balanceMisread = balanceDistance < amountDistance || (balanceDistance == amountDistance && row.BalanceConfidence <= row.AmountConfidence);
        return balanceMisread
            ? r => r with { Balance = before + amount, BalanceDerived = true, Repair = $"the balance {balance} misread, from the running balance" }
            : r => r with { Amount = balance - before, Repair = $"the amount {amount} misread, from the running balance" };
    }

    /// <summary>Whether <paramref name="read"/> may be a misreading of <paramref name="actual"/>: at most <see cref="MaxMisreadDigits"/> digits apart.</summary>
    public static bool IsMisreading(decimal read, decimal actual) => DigitDistance(read, actual) <= MaxMisreadDigits;

    private const int MaxMisreadDigits = 2;

    private static int DigitDistance(decimal read, decimal computed) => DigitEdits.Between(
        Math.Abs(read).ToString("0.00", CultureInfo.InvariantCulture), Math.Abs(computed).ToString("0.00", CultureInfo.InvariantCulture));
}
