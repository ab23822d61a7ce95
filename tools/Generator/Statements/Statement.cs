namespace Intake.Tools.Generator.Statements;

/// <summary>A bank statement as it was generated: the truth its PDFs are drawn from.</summary>
public sealed record Statement(
    string Id,
    string Layout,
    string BankName,
    string AccountHolder,
    string AccountNumber,
    string? Iban,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Currency,
    decimal OpeningBalance,
    IReadOnlyList<Transaction> Transactions)
{
    /// <summary>The opening balance plus every transaction: generated statements always reconcile.</summary>
    public decimal ClosingBalance => Transactions.Count == 0 ? OpeningBalance : Transactions[^1].Balance;
}

/// <summary>One booked transaction: signed amount (negative leaves the account) and the balance after it.</summary>
public sealed record Transaction(DateOnly Date, DateOnly ValueDate, string Description, decimal Amount, decimal Balance);
