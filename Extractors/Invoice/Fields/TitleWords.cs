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

    /// <summary>Whether a line holds a title word, also when it is letter-spaced ("R E C H N U N G").</summary>
    public static bool HasTitle(Intake.Extractors.Content.Line line)
    {
        if (line.Words.Any(w => IsTitle(w.Text)))
        {
            return true;
        }

        var spaced = new System.Text.StringBuilder();
        foreach (var word in line.Words)
        {
            if (word.Text.Length == 1 && char.IsLetter(word.Text[0]))
            {
                spaced.Append(word.Text);
                continue;
            }

            if (spaced.Length > 3 && IsTitle(spaced.ToString()))
            {
                return true;
            }

            spaced.Clear();
        }

        return spaced.Length > 3 && IsTitle(spaced.ToString());
    }

    /// <summary>Whether the document calls itself a credit note in its upper part (its title), not merely mentioning one.</summary>
    public static bool IsCreditNote(Intake.Extractors.Content.DocumentContent content)
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
