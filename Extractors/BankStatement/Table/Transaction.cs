using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>A parsed transaction: signed amount (negative leaves the account) and the balance after it, either null when unreadable.</summary>
internal sealed record Transaction(DateOnly? Date, string Description, decimal? Amount, decimal? Balance, int Page, BoundingBox Box, double Confidence)
{
    /// <summary>What the running-balance check changed, for the warnings; null when nothing.</summary>
    public string? Repair { get; init; }

    /// <summary>How sure the reading of the amount is (0..1): of two readings that disagree, the less sure is the likelier misread.</summary>
    public double AmountConfidence { get; init; } = 1;

    /// <summary>How sure the reading of the balance is (0..1).</summary>
    public double BalanceConfidence { get; init; } = 1;

    /// <summary>Whether the balance was worked out from the amounts rather than read: on the last row, nothing after it vouches for it.</summary>
    public bool BalanceDerived { get; init; }

    /// <summary>The date cell as read, for repairing a misread date from its digits; null when the row has none.</summary>
    public string? DateText { get; init; }

    /// <summary>The row's value date, when the table has that column: evidence of the booking date.</summary>
    public DateOnly? ValueDate { get; init; }
}
