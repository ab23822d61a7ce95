using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>Whether a word names the document: an invoice, a German "…rechnung" compound, or a credit note.</summary>
internal static class TitleWords
{
    public static bool IsTitle(string word)
    {
        var folded = string.Concat(Folding.Words(word));
        return folded.Length > 0
            && (DocumentTitles.Invoice.Contains(folded) || DocumentTitles.CreditNote.Contains(folded)
                || (folded.EndsWith(DocumentTitles.GermanInvoiceStem, StringComparison.Ordinal) && folded.Length > DocumentTitles.GermanInvoiceStem.Length + 2)
                || folded.StartsWith("rechnungskorrektur", StringComparison.Ordinal));
    }

    /// <summary>A title is a short cell, not a sentence that mentions an invoice.</summary>
    private const int MaxTitleCellWords = 8;

    /// <summary>How far into its cell a title word may stand: "Buchungshilfe - keine Rechnung Nr. 4711".</summary>
    private const int MaxWordsBeforeTitle = 3;

    /// <summary>
    /// Whether a line holds the document's title: a short cell that starts with (or soon reaches)
    /// a title word, also when it is letter-spaced ("R E C H N U N G"). "Thank you for your
    /// invoice of 5 March, which we paid today." mentions an invoice; it is not one.
    /// </summary>
    public static bool HasTitle(Page page, Line line) =>
        Segment.Split(page, line).Select(c => JoinSpacedLetters(c.Words.Select(w => w.Text)))
            .Any(words => words.Count <= MaxTitleCellWords && words.Take(MaxWordsBeforeTitle + 1).Any(IsTitle));

    /// <summary>Runs of single letters become one word: "K O S T E N R E C H N U N G" is "KOSTENRECHNUNG".</summary>
    private static List<string> JoinSpacedLetters(IEnumerable<string> words)
    {
        var joined = new List<string>();
        var run = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                run.Append(word);
                continue;
            }

            if (run.Length > 0)
            {
                joined.Add(run.ToString());
                run.Clear();
            }

            joined.Add(word);
        }

        if (run.Length > 0)
        {
            joined.Add(run.ToString());
        }

        return joined;
    }

    /// <summary>Whether the document calls itself a credit note in its upper part (its title), not merely mentioning one.</summary>
    public static bool IsCreditNote(DocumentContent content)
    {
        var first = content.Pages.FirstOrDefault();
        if (first is null)
        {
            return false;
        }

        // A title starts its cell: "Gutschrift Nr. 12", "Avoir AV-7"; "avoir" inside a French sentence is a verb.
        return first.Lines.Where(l => l.Box.Top < 0.45)
            .SelectMany(l => Segment.Split(first, l))
            .Select(s => string.Join(' ', Folding.Words(s.Text)) + " ")
            .Any(cell => DocumentTitles.CreditNote.Any(c => cell.StartsWith(c + " ", StringComparison.Ordinal)));
    }
}
