using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;
using Intake.Extractors.Invoices.Vocabulary;

namespace Intake.Extractors.Invoices.Items;

/// <summary>
/// The heading of an item table: the line naming at least two kinds of column, one of them a
/// money or quantity column ("Description  Qty  Unit price  Amount"), together with the lines
/// stacked right above and below it that hold no amounts (headings split over lines:
/// "Prix / unitaire", "Positions- / betrag"). Its columns are the heading's cells, with stacked
/// words joined to the cell they sit over or under.
/// </summary>
internal sealed record ItemHeader(Page Page, int FirstLine, int LastLine, IReadOnlyList<ItemColumn> Columns)
{
    /// <summary>Where reading rows under this heading must stop (exclusive), when another heading follows on the page.</summary>
    public int? EndLine { get; init; }

    /// <summary>A column heading is a few words; a longer cell is prose.</summary>
    private const int MaxHeadingWords = 4;

    /// <summary>How many lines a heading may be stacked above or below the first line naming a column.</summary>
    private const int MaxStack = 3;

    public static IEnumerable<ItemHeader> Find(Page page)
    {
        for (var index = 0; index < page.Lines.Count; index++)
        {
            if (HasAmounts(page.Lines[index]) || !Kinds(page, index).Any(k => k is ColumnKind.Amount or ColumnKind.UnitPrice or ColumnKind.Quantity)
                || StackedTotalsRow.At(page, index))
            {
                continue;
            }

            var (first, last) = Stack(page, index);
            var main = Enumerable.Range(first, last - first + 1).MaxBy(i => (Kinds(page, i).Distinct().Count(), Segment.Split(page, page.Lines[i]).Count));
            var columns = ColumnsOf(page, main, first, last);
            var kinds = columns.Select(c => c.Kind).Where(k => k != ColumnKind.Other).Distinct().ToList();
            if (kinds.Any(k => k is ColumnKind.Amount or ColumnKind.UnitPrice) && kinds.Any(k => k is ColumnKind.Description or ColumnKind.Quantity))
            {
                yield return new ItemHeader(page, first, last, columns);
                index = last;
            }
        }
    }

    /// <summary>The kinds of column a line names; none for prose (a heading cell is a few words).</summary>
    private static IEnumerable<ColumnKind> Kinds(Page page, int index)
    {
        var cells = Segment.Split(page, page.Lines[index]);
        return cells.Any(c => c.Words.Count > MaxHeadingWords) ? [] : cells.Select(c => ColumnVocabulary.KindOf(c.Text)).Where(k => k != ColumnKind.Other);
    }

    private static (int First, int Last) Stack(Page page, int main)
    {
        var height = PageGrid.LineHeight(page);
        bool Stacks(int index, int neighbour) =>
            index >= 0 && index < page.Lines.Count && !HasAmounts(page.Lines[index])
            && Math.Abs(page.Lines[index].Box.CenterY - page.Lines[neighbour].Box.CenterY) < height * 2;

        var first = main;
        while (main - first < MaxStack && Stacks(first - 1, first))
        {
            first--;
        }

        var last = main;
        while (last - main < MaxStack && Stacks(last + 1, last))
        {
            last++;
        }

        return (first, last);
    }

    private static List<ItemColumn> ColumnsOf(Page page, int main, int first, int last)
    {
        var cells = Segment.Split(page, page.Lines[main]).SelectMany(SplitByKind)
            .Select(c => (c.Box.Left, c.Box.Right, Words: new List<(double Top, string Text)> { (c.Box.Top, c.Text) })).ToList();
        for (var index = first; index <= last; index++)
        {
            if (index == main)
            {
                continue;
            }

            foreach (var cell in Segment.Split(page, page.Lines[index]))
            {
                var over = cells.FindIndex(c => cell.Box.Right > c.Left && cell.Box.Left < c.Right);
                if (over >= 0)
                {
                    var target = cells[over];
                    target.Words.Add((cell.Box.Top, cell.Text));
                    cells[over] = (Math.Min(target.Left, cell.Box.Left), Math.Max(target.Right, cell.Box.Right), target.Words);
                }
                else
                {
                    cells.Add((cell.Box.Left, cell.Box.Right, [(cell.Box.Top, cell.Text)]));
                }
            }
        }

        var columns = new List<ItemColumn>();
        foreach (var cell in cells.OrderBy(c => c.Left))
        {
            var title = string.Join(' ', cell.Words.OrderBy(w => w.Top).Select(w => w.Text));
            if (columns.Count > 0 && ColumnVocabulary.IsQualifier(title))
            {
                // "HT", "netto", "€" set apart from their heading still qualify it: "Prix … HT".
                var previous = columns[^1];
                var joined = $"{previous.Title} {title}";
                columns[^1] = new ItemColumn(ColumnVocabulary.KindOf(joined), joined, previous.Left, cell.Right);
                continue;
            }

            columns.Add(new ItemColumn(ColumnVocabulary.KindOf(title), title, cell.Left, cell.Right));
        }

        return ResolveAmounts(columns);
    }

    /// <summary>
    /// Headings set close together can read as one cell ("MwSt-% Nettowert"): a cell is cut
    /// before each word that names a different kind of column than the words before it.
    /// </summary>
    private static IEnumerable<(BoundingBox Box, string Text)> SplitByKind(Segment cell)
    {
        var group = new List<Word>();
        var kind = ColumnKind.Other;
        foreach (var word in cell.Words)
        {
            var wordKind = ColumnVocabulary.KindOf(word.Text);
            if (group.Count > 0 && wordKind != ColumnKind.Other && kind != ColumnKind.Other && wordKind != kind)
            {
                yield return (BoundingBox.Enclosing(group.Select(w => w.Box))!.Value, string.Join(' ', group.Select(w => w.Text)));
                group = [];
                kind = ColumnKind.Other;
            }

            group.Add(word);
            kind = kind == ColumnKind.Other ? wordKind : kind;
        }

        yield return (BoundingBox.Enclosing(group.Select(w => w.Box))!.Value, string.Join(' ', group.Select(w => w.Text)));
    }

    /// <summary>
    /// Two money columns headed "Amount" and "Total": the rightmost is the line amount; the other,
    /// when the table names no quantity, is the quantity ("Amount" of goods).
    /// </summary>
    private static List<ItemColumn> ResolveAmounts(List<ItemColumn> columns)
    {
        var amounts = columns.Where(c => c.Kind == ColumnKind.Amount).ToList();
        if (amounts.Count != 2)
        {
            return amounts.Count < 2 ? columns : columns.Select(c => c.Kind == ColumnKind.Amount && c != amounts.MaxBy(a => a.Right) ? c with { Kind = ColumnKind.Other } : c).ToList();
        }

        var rightmost = amounts.MaxBy(c => c.Right)!;
        var firstNamed = columns.Where(c => c.Kind != ColumnKind.Other).MinBy(c => c.Left);
        var hasQuantity = columns.Any(c => c.Kind == ColumnKind.Quantity);
        return columns.Select(c => c.Kind == ColumnKind.Amount && c != rightmost ? c with { Kind = !hasQuantity && c == firstNamed ? ColumnKind.Quantity : ColumnKind.Other } : c).ToList();
    }

    private static bool HasAmounts(Line line) => PlacedAmount.On(line).Count > 0;
}
