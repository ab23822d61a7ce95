using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// A row of totals labels with their values printed under them ("Subtotal  Sales Tax (8.3%)
/// Invoice Total" over "8,219.55  678.11  USD 8,897.66"): every cell of the line names a total,
/// and the line right below has a money amount under each of them. It ends an item table and
/// is not one's heading, though "Total" also heads an item table's amounts.
/// </summary>
internal static class StackedTotalsRow
{
    /// <summary>How far below the labels (in line heights) their values may stand.</summary>
    private const double ValuesReach = 2;

    /// <summary>A label is a few words ("Sales Tax (8.3%)"); a longer cell is prose that happens to say "net" or "total".</summary>
    private const int MaxLabelWords = 4;

    public static bool At(Page page, int index)
    {
        var cells = Segment.Split(page, page.Lines[index]);
        if (cells.Count == 0 || index + 1 >= page.Lines.Count
            || !cells.All(c => c.Words.Count <= MaxLabelWords && TotalsVocabulary.IsTotal(c.Text)))
        {
            return false;
        }

        var below = page.Lines[index + 1];
        if (below.Box.CenterY - page.Lines[index].Box.CenterY > ValuesReach * PageGrid.LineHeight(page))
        {
            return false;
        }

        // The line below is values and nothing else: amounts in cents, perhaps with their currency.
        var values = PlacedAmount.On(below).Where(a => a.IsMoney && a.Value.Scale == 2).ToList();
        var valueWords = values.SelectMany(v => v.Words).ToHashSet();
        return below.Words.All(w => valueWords.Contains(w) || CurrencyParser.TryParse(w.Text, out _))
            && cells.All(c => values.Any(v => v.Box.Right > c.Box.Left && v.Box.Left < c.Box.Right));
    }
}
