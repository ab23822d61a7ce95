using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Receipts;

/// <summary>
/// Reads every line of a receipt for its money role (total, subtotal, tax, cash, change …),
/// from the words before its first amount. A money label without an amount on its line takes
/// the amount of the next line when that line is nothing but an amount, perhaps with its
/// currency (value below label).
/// </summary>
internal static class ReceiptLines
{
    public static IReadOnlyList<ReceiptLine> Read(DocumentContent content)
    {
        var lines = new List<ReceiptLine>();
        foreach (var (page, line) in content.Lines)
        {
            var amounts = OcrAmounts.Read(line);
            var labelWords = amounts.Count == 0 ? line.Words : line.Words.TakeWhile(w => w != amounts[0].Words[0]);
            var tokens = Keywords.Tokens(labelWords);
            lines.Add(new ReceiptLine(lines.Count, page, line, RoleOf(tokens), tokens, amounts));
        }

        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (label, next) = (lines[i], lines[i + 1]);
            if (label.Role != LineRole.None && label.Amounts.Count == 0 && next.Role == LineRole.None && next.Amounts.Count == 1
                && next.LabelTokens.All(t => CurrencyParser.TryParse(t, out _)))
            {
                lines[i] = label with { Amounts = next.Amounts };
            }
        }

        return lines;
    }

    /// <summary>The role the label words give a line; the more specific labels are tried first.</summary>
    public static LineRole RoleOf(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return LineRole.None;
        }

        var total = Keywords.Any(tokens, ReceiptVocabulary.Total);
        if (total && Keywords.Any(tokens, ReceiptVocabulary.ItemCount))
        {
            return LineRole.ItemCount;
        }

        var including = Keywords.Any(tokens, ReceiptVocabulary.IncludingTax);
        if (Keywords.Any(tokens, ReceiptVocabulary.Subtotal) || (total && !including && Keywords.Any(tokens, ReceiptVocabulary.ExcludingTax)))
        {
            return LineRole.Subtotal;
        }

        // "Total GST" is the tax; "Total incl. GST" is the total.
        if (Keywords.Any(tokens, ReceiptVocabulary.Tax) && !including)
        {
            return LineRole.Tax;
        }

        if (Keywords.Any(tokens, ReceiptVocabulary.FinalTotal))
        {
            return LineRole.FinalTotal;
        }

        if (Keywords.Any(tokens, ReceiptVocabulary.Rounding))
        {
            return LineRole.Rounding;
        }

        if (Keywords.Any(tokens, ReceiptVocabulary.Change))
        {
            return LineRole.Change;
        }

        if (total)
        {
            return LineRole.Total;
        }

        return Keywords.Any(tokens, ReceiptVocabulary.Tendered) ? LineRole.Tendered : LineRole.None;
    }
}
