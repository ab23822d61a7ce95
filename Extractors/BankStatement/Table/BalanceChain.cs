namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Checks each transaction against the running balance (previous balance + amount = balance)
/// and repairs what one misreading explains: a lost or wrong sign on the amount or the balance,
/// a misread balance (the next row confirms the computed one), a misread amount (the balances
/// on both sides agree), or a missing amount or balance.
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
            case (null, { } balance):
                return row with { Amount = balance - before, Repair = "the missing amount, from the running balance" };
            case ({ } amount, null):
                return row with { Balance = before + amount, Repair = "the missing balance, from the running balance" };
            default:
                return row;
        }
    }
}
