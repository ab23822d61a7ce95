using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Items;

/// <summary>The items read, if any, and the lines (page number, line index) the table takes, which hold no totals.</summary>
internal sealed record ItemTable(ExtractedTable? Table, IReadOnlySet<(int Page, int Line)> Lines)
{
    public bool Holds(Intake.Extractors.Content.Page page, int line) => Lines.Contains((page.Number, line));
}
