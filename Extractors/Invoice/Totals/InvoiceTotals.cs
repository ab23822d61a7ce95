namespace Intake.Extractors.Invoices.Totals;

/// <summary>The totals block as read: each value with how sure the reading is; null where not found.</summary>
internal sealed record InvoiceTotals(
    TotalValue? Subtotal,
    TotalValue? Tax,
    TotalValue? Total,
    TotalValue? AmountDue,
    bool Consistent,
    string? Warning);

/// <summary>One total: its value, the amount it was read from (null when computed from the others), and confidence.</summary>
internal sealed record TotalValue(decimal Value, LabelledAmount? Source, double Confidence)
{
    public TotalValue Negated() => this with { Value = -Value };
}
