using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;

namespace Intake.Extractors.Invoices.Totals;

/// <summary>An amount on the page with the label that says what it is, and where it is in reading order.</summary>
internal sealed record LabelledAmount(PlacedAmount Amount, Page Page, int LineIndex, string Label, TotalKind Kind)
{
    public decimal Value => Amount.Value;

    /// <summary>Reading order across pages: later is larger.</summary>
    public double Position => Page.Number * 10_000 + LineIndex;
}
