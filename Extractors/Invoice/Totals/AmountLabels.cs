using System.Runtime.CompilerServices;
using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// Gives every amount on the pages the label that says what it is, the way a reader would
/// find it: the nearest text left of it on its line (an amount right after another shares its
/// label: "USt. 19%  198,00  37,62"); else, for a label printed between two lines of amounts,
/// that label; else the column heading above it (totals printed as a table, "Nettobetrag" over
/// its values).
/// </summary>
internal static class AmountLabels
{
    /// <summary>How many lines up a column heading may be from its values.</summary>
    private const int HeadingReach = 8;

    /// <summary>Every amount of <paramref name="content"/> with its label, except those on lines <paramref name="skip"/> says belong elsewhere (the item table).</summary>
    public static IReadOnlyList<LabelledAmount> Read(DocumentContent content, Func<Page, int, bool>? skip = null)
    {
        // A line's labels do not depend on which other lines are skipped, so the whole document is labelled
        // once (classification and extraction both ask) and the skipped lines are left out afterwards.
        var all = Labelled.GetValue(content, LabelAll);
        return skip is null ? all : all.Where(a => !skip(a.Page, a.LineIndex)).ToList();
    }

    private static readonly ConditionalWeakTable<DocumentContent, IReadOnlyList<LabelledAmount>> Labelled = [];

    private static IReadOnlyList<LabelledAmount> LabelAll(DocumentContent content)
    {
        var found = new List<LabelledAmount>();
        foreach (var page in content.Pages)
        {
            var amounts = page.Lines.Select(PlacedAmount.On).ToList();
            for (var index = 0; index < page.Lines.Count; index++)
            {
                string? previousLabel = null;
                foreach (var amount in amounts[index])
                {
                    var left = LeftLabel(page, page.Lines[index], amount, amounts[index]) ?? previousLabel;
                    previousLabel = left;
                    var label = left ?? CentredLabel(page, index, amount, amounts) ?? Heading(page, index, amount, amounts) ?? "";
                    found.Add(new LabelledAmount(amount, page, index, label, TotalsVocabulary.KindOf(label)));
                }
            }
        }

        return found;
    }

    /// <summary>The nearest cell with letters left of the amount, not reaching past the amount before it.</summary>
    private static string? LeftLabel(Page page, Line line, PlacedAmount amount, IReadOnlyList<PlacedAmount> onLine)
    {
        var start = onLine.Where(a => a.Box.Right <= amount.Box.Left).Select(a => a.Box.Right).DefaultIfEmpty(-1).Max();
        var words = line.Words.Where(w => w.Box.Left >= start && w.Box.Right <= amount.Box.Left + 1e-6 && !amount.Words.Contains(w)).ToList();
        var cells = CellsOf(page, words);
        var label = cells.LastOrDefault(c => c.Any(w => HasLetters(w.Text)));
        return label is null ? null : string.Join(' ', label.Select(w => w.Text));
    }

    /// <summary>A label alone on the line just above or below, ending left of the amount: a cell centred on two lines of values.</summary>
    private static string? CentredLabel(Page page, int index, PlacedAmount amount, List<IReadOnlyList<PlacedAmount>> amounts)
    {
        var height = PageGrid.LineHeight(page);
        foreach (var neighbour in new[] { index - 1, index + 1 })
        {
            if (neighbour < 0 || neighbour >= page.Lines.Count || amounts[neighbour].Count > 0)
            {
                continue;
            }

            var line = page.Lines[neighbour];
            var gap = Math.Abs(line.Box.CenterY - page.Lines[index].Box.CenterY);
            var words = line.Words.Where(w => w.Box.Right < amount.Box.Left).ToList();
            if (gap < height * 2 && words.Count > 0 && words.Count == line.Words.Count && words.Any(w => HasLetters(w.Text)))
            {
                var cell = CellsOf(page, words).Last(c => c.Any(w => HasLetters(w.Text)));
                return string.Join(' ', cell.Select(w => w.Text));
            }
        }

        return null;
    }

    /// <summary>The heading over the amount's column, found by walking up through lines of bare values.</summary>
    private static string? Heading(Page page, int index, PlacedAmount amount, List<IReadOnlyList<PlacedAmount>> amounts)
    {
        for (var above = index - 1; above >= 0 && above >= index - HeadingReach; above--)
        {
            var line = page.Lines[above];
            var inColumn = line.Words.Where(w => PageGrid.InColumn(amount.Box, w.Box, 0)).ToList();
            if (inColumn.Count == 0)
            {
                continue;
            }

            if (amounts[above].Any(a => a.Words.Intersect(inColumn).Any()))
            {
                if (line.Words.Any(w => HasLetters(w.Text) && !IsCurrency(w.Text)))
                {
                    return null;
                }

                continue;
            }

            // Of headings over the value, the one most squarely above it.
            var heading = Segment.Split(page, line).Where(s => s.Words.Intersect(inColumn).Any())
                .MaxBy(s => Math.Min(s.Box.Right, amount.Box.Right) - Math.Max(s.Box.Left, amount.Box.Left));
            return heading?.Text;
        }

        return null;
    }

    private static List<List<Word>> CellsOf(Page page, List<Word> words)
    {
        var cells = new List<List<Word>>();
        foreach (var word in words)
        {
            if (cells.Count == 0 || Segment.IsColumnGap(page, cells[^1][^1], word))
            {
                cells.Add([]);
            }

            cells[^1].Add(word);
        }

        return cells;
    }

    private static bool HasLetters(string text) => text.Count(char.IsLetter) >= 2 && !IsCurrency(text);

    private static bool IsCurrency(string text) => CurrencyParser.TryParse(text.Trim(':', '(', ')'), out _);
}
