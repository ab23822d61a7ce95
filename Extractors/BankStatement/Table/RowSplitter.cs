using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Splits a table line into cells by the header's columns. Amounts go to the money column
/// they overlap (money is right-aligned under its header, so the right edges meet); the other
/// words go to the text or date column whose header starts at or left of them, as those
/// columns are left-aligned. A long description may so run under a money header without
/// being taken for money, and an amount in a description stays text.
/// </summary>
internal static class RowSplitter
{
    /// <summary>How far, in fractions of the page's width, a cell may stray from its header and still belong to it.</summary>
    private const double Tolerance = 0.015;

    public static RowCells Split(Page page, Line line, TableHeader header)
    {
        var words = line.Words;
        var cells = new Dictionary<ColumnRole, Cell>();
        var taken = new bool[words.Count];
        foreach (var (first, last) in MoneyTokens.Find(page, words))
        {
            var run = words.Skip(first).Take(last - first + 1).ToList();
            var cell = Cell.Of(run);
            if (MoneyColumnOf(cell.Box, header) is { } column && !cells.ContainsKey(column.Role))
            {
                cells[column.Role] = cell;
                for (var i = first; i <= last; i++)
                {
                    taken[i] = true;
                }
            }
        }

        var textColumns = header.Columns.Where(c => !c.Role.IsMoney()).ToList();
        var kept = new List<Word>();
        for (var i = 0; i < words.Count; i++)
        {
            // Under a money header, a word continuing the text before it is a long description; one standing apart is unreadable money.
            var continues = kept.Count > 0 && MoneyTokens.Adjacent(page, kept[^1], words[i]);
            if (!taken[i] && !OcrDigits.IsSpeck(words[i].Text) && (continues || !UnderMoneyHeader(words[i].Box, header)))
            {
                kept.Add(words[i] with { Text = OcrDigits.WithoutSpecks(words[i].Text) });
            }
        }

        var byColumn = kept
            .GroupBy(w => TextColumnOf(w.Box, textColumns))
            .Where(g => g.Key is not null);
        foreach (var group in byColumn)
        {
            cells[group.Key!.Role] = Cell.Of(group.ToList());
        }

        return new RowCells(page, line, cells);
    }

    /// <summary>
    /// A word that is not an amount, right under a money column's header, is an amount OCR could
    /// not read ("7,7I5.I3" as "TALIS 13"): it belongs to no description, and its cell stays
    /// empty for the running balance to fill.
    /// </summary>
    private static bool UnderMoneyHeader(BoundingBox word, TableHeader header) =>
        header.Columns.Any(c => c.Role.IsMoney() && word.CenterX >= c.Left - Tolerance && word.CenterX <= c.Right + Tolerance);

    /// <summary>The money column the cell overlaps most, or the one whose right edge is nearest within the tolerance.</summary>
    private static TableColumn? MoneyColumnOf(BoundingBox cell, TableHeader header) =>
        header.Columns.Where(c => c.Role.IsMoney())
            .Select(c => (Column: c, Overlap: Math.Min(cell.Right, c.Right) - Math.Max(cell.Left, c.Left), Distance: Math.Abs(cell.Right - c.Right)))
            .Where(x => x.Overlap > 0 || x.Distance <= Tolerance)
            .OrderByDescending(x => x.Overlap > 0)
            .ThenBy(x => x.Distance)
            .Select(x => x.Column)
            .FirstOrDefault();

    /// <summary>The last text column starting left of the word; words left of every column go to the first.</summary>
    private static TableColumn? TextColumnOf(BoundingBox word, IReadOnlyList<TableColumn> textColumns) =>
        textColumns.LastOrDefault(c => c.Left - Tolerance <= word.Left) ?? textColumns.FirstOrDefault();
}
