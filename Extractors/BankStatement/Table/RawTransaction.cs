using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>A transaction as read off the page, before its cells are parsed: the first line's cells and the description lines after it.</summary>
internal sealed class RawTransaction(RowCells first, Cell? inheritedDate)
{
    public RowCells First { get; } = first;

    /// <summary>The date cell: the row's own, or the one of the row above when a statement prints each day's date once.</summary>
    public Cell? Date { get; } = first[ColumnRole.Date] ?? first[ColumnRole.ValueDate] ?? inheritedDate;

    public List<Cell> Description { get; } = first[ColumnRole.Description] is { } d ? [d] : [];

    /// <summary>Money cells by column; a wrapped row may bring its amounts on a later line.</summary>
    public Dictionary<ColumnRole, Cell> Money { get; } = first.Cells.Where(c => c.Key.IsMoney()).ToDictionary(c => c.Key, c => c.Value);

    public Line LastLine { get; set; } = first.Line;

    public int Page => First.Page.Number;

    public BoundingBox Box => BoundingBox.Enclosing(Description.Select(c => c.Box).Append(First.Line.Box).Append(LastLine.Box)) ?? First.Line.Box;
}

/// <summary>A line that states a balance rather than a transaction: opening, closing, carried or brought forward, or a total.</summary>
internal sealed record BalanceMarker(BalanceMarkerKind Kind, Cell? Balance, int Page, int TransactionsBefore);

internal enum BalanceMarkerKind
{
    Opening,
    Closing,
    CarriedForward,
    Total,
}
