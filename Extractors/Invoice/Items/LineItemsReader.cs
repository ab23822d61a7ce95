using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Items;

/// <summary>
/// Reads the item table under each <see cref="ItemHeader"/>: a line with an amount in the amount
/// column starts a row; a line without one continues the row above (a description that wraps,
/// an article number under it), and only its words in the description column are kept. The
/// table ends at the totals (a line whose amount is labelled as a total, tax or adjustment), at
/// a section heading ("Zahlungsbedingungen:"), or at the page's end.
/// </summary>
internal static class LineItemsReader
{
    /// <summary>How far (fraction of the page width) a right-aligned amount may stick out of its column's heading.</summary>
    private const double ColumnSlack = 0.04;

    /// <summary>How far right of the item table's left edge a totals table's heading may start.</summary>
    private const double HeadingIndent = 0.03;

    /// <summary>"Total amount due incl. VAT" is five words; an item's description runs longer.</summary>
    private const int MaxTotalsLabelWords = 5;

    public static ItemTable Read(DocumentContent content, CancellationToken cancellationToken)
    {
        var rows = new List<ItemRow>();
        var lines = new HashSet<(int Page, int Line)>();
        ItemHeader? open = null;
        var numbers = DecimalMark.Of(content);
        foreach (var page in content.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var headers = ItemHeader.Find(page).ToList();
            var continued = new List<ItemHeader>();
            if (open is not null)
            {
                // A table that ran to the foot of the last page goes on at the top of this one, under the same columns.
                var end = headers.Count > 0 ? headers[0].FirstLine : page.Lines.Count;
                continued.Add(open with { Page = page, FirstLine = 0, LastLine = -1, EndLine = end });
            }

            open = null;
            foreach (var header in continued.Concat(headers))
            {
                var (found, last, ranOut) = RowsUnder(header, numbers);
                rows.AddRange(found);
                if (found.Count > 0)
                {
                    lines.UnionWith(Enumerable.Range(Math.Max(0, header.FirstLine), last - Math.Max(0, header.FirstLine) + 1).Select(i => (page.Number, i)));
                }

                open = ranOut && (found.Count > 0 || header.LastLine >= 0) ? header : null;
            }
        }

        return new ItemTable(rows.Count == 0 ? null : new ExtractedTable(rows.Select(r => r.ToTableRow()).ToList()), lines);
    }

    private static (List<ItemRow> Rows, int LastLine, bool RanOut) RowsUnder(ItemHeader header, AmountHints numbers)
    {
        var page = header.Page;
        var amountColumn = header.Columns.Where(c => c.Kind == ColumnKind.Amount).MaxBy(c => c.Right)
            ?? header.Columns.Where(c => c.Kind == ColumnKind.UnitPrice).MaxBy(c => c.Right)!;
        var rows = new List<ItemRow>();
        var last = header.LastLine;
        var end = Math.Min(header.EndLine ?? page.Lines.Count, page.Lines.Count);
        for (var index = header.LastLine + 1; index < end; index++)
        {
            var line = page.Lines[index];
            var amounts = PlacedAmount.On(line);
            var lineAmount = amounts.LastOrDefault(a => NearestColumn(header, a.Box) == amountColumn && amountColumn.DistanceTo(a.Box) < ColumnSlack && IsLineAmount(header, a, amounts));
            if (lineAmount is not null && IsItemAllowance(header, line, lineAmount))
            {
                // "abzgl. 10 % Rabatt   -2,00" indented under an item is that item's discount, not a new item.
                lineAmount = null;
            }

            if (EndsTable(header, index, amounts, lineAmount))
            {
                return (rows, last, false);
            }

            // A lone amount is a value wrapped from the line above, not a new item.
            if (lineAmount is not null && line.Words.Any(w => !lineAmount.Words.Contains(w)))
            {
                rows.Add(ItemRow.Start(page, line, header, lineAmount, numbers, NearestColumn));
                last = index;
            }
            else if (rows.Count > 0)
            {
                rows[^1].Continue(line, header);
                last = index;
            }
        }

        return (rows, last, end == page.Lines.Count);
    }

    /// <summary>A discount or charge indented under an item: labelled as an adjustment, starting right of the table's left edge.</summary>
    private static bool IsItemAllowance(ItemHeader header, Line line, PlacedAmount lineAmount)
    {
        var label = string.Join(' ', line.Words.Where(w => w.Box.Right <= lineAmount.Box.Left && !lineAmount.Words.Contains(w)).Select(w => w.Text));
        return TotalsVocabulary.KindOf(label) == TotalKind.Adjustment && line.Words[0].Box.Left > header.Columns.Min(c => c.Left) + HeadingIndent;
    }

    private static bool EndsTable(ItemHeader header, int index, IReadOnlyList<PlacedAmount> amounts, PlacedAmount? lineAmount)
    {
        var page = header.Page;
        var line = page.Lines[index];
        var cells = Segment.Split(page, line);

        // A section heading at the table's left edge ("Zahlungsbedingungen:") starts what follows the table;
        // one indented under the description ("Weitere Eigenschaften:") belongs to the item above.
        var tableLeft = header.Columns.Min(c => c.Left);
        if (cells.Count == 1 && cells[0].Text.TrimEnd().EndsWith(':') && amounts.Count == 0 && cells[0].Box.Left <= tableLeft + 0.01)
        {
            return true;
        }

        // The heading of a totals table ("Warenwert  Nettobetrag  MwSt-Betrag  Endbetrag").
        if (amounts.Count == 0 && cells.Count(c => TotalsVocabulary.IsTotal(c.Text)) >= 2 && cells[0].Box.Left <= tableLeft + HeadingIndent)
        {
            return true;
        }

        // Totals labels with their values under them, wherever the row stands.
        if (StackedTotalsRow.At(page, index))
        {
            return true;
        }

        if (lineAmount is null)
        {
            // Totals printed at the table's left edge, their amounts away from the amount column ("Summe netto: 496,00 €").
            // Their label is a few words: a longer one is an item whose amount could not be read (a scan), though
            // its description says "including" or "net".
            var firstLabel = cells.FirstOrDefault(c => c.Text.Any(char.IsLetter));
            return amounts.Count > 0 && firstLabel is not null && firstLabel.Box.Left <= tableLeft + 0.01 && firstLabel.Words.Count <= MaxTotalsLabelWords
                && TotalsVocabulary.IsTotal(firstLabel.Text) && !HasQuantityLikeStart(line);
        }

        // A totals line starts with its label and carries no quantity or unit price ("Total HT  218,48 €");
        // an item may well be called "Ökosteuer" or "Versandkosten".
        var label = string.Join(' ', line.Words.Where(w => w.Box.Right <= lineAmount.Box.Left && !lineAmount.Words.Contains(w)).Select(w => w.Text));
        var pricedLikeAnItem = amounts.Any(a => a != lineAmount && NearestColumn(header, a.Box).Kind is ColumnKind.Quantity or ColumnKind.UnitPrice);
        return cells[0].Text.Any(char.IsLetter) && !pricedLikeAnItem && TotalsVocabulary.IsTotal(label) && !HasQuantityLikeStart(line);
    }

    /// <summary>
    /// A line's amount is money (at most two decimals: "1,5000" is a unit price) and shows its
    /// cents, unless it is the quantity times a unit price on the same line (a bare "1" at the
    /// right is a footnote mark, not an amount).
    /// </summary>
    private static bool IsLineAmount(ItemHeader header, PlacedAmount amount, IReadOnlyList<PlacedAmount> onLine)
    {
        if (!amount.IsMoney)
        {
            return false;
        }

        if (amount.Value.Scale > 0)
        {
            return true;
        }

        var quantities = onLine.Where(a => NearestColumn(header, a.Box).Kind == ColumnKind.Quantity).Select(a => a.Value);
        var prices = onLine.Where(a => NearestColumn(header, a.Box).Kind == ColumnKind.UnitPrice).Select(a => a.Value);
        return quantities.Any(q => prices.Any(p => Math.Abs(q * p - amount.Value) <= 0.01m));
    }

    /// <summary>Item lines usually start with a position, quantity or article number; totals lines with words.</summary>
    private static bool HasQuantityLikeStart(Line line) => line.Words.Count > 0 && line.Words[0].Text.Any(char.IsDigit);

    public static ItemColumn NearestColumn(ItemHeader header, BoundingBox box) =>
        header.Columns.OrderBy(c => c.DistanceTo(box)).ThenBy(c => Math.Abs(c.Center - box.CenterX)).First();
}
