using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Fields;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Classification;

/// <summary>
/// How likely a document is an invoice. It must call itself one (invoice, Rechnung and its
/// compounds, facture, credit note, Gutschrift, avoir) to score 0.5 or more; the rest of an
/// invoice's anatomy (its number, tax, totals, payment details, parties, an item table) adds
/// up from there. Till receipts and bank statements share much of that vocabulary, so their own
/// marks (cash, change, cashier; opening and closing balances) take the score back down.
/// </summary>
internal static class InvoiceClassifier
{
    private const double Title = 0.4;
    private const double TitleAtTop = 0.1;
    private const double WithoutTitleCeiling = 0.45;

    public static double Score(DocumentContent content)
    {
        if (content.IsEmpty)
        {
            return 0;
        }

        var text = " " + string.Join(' ', Folding.Words(content.Text)) + " ";
        var first = content.Pages[0];
        var titled = content.Lines.Any(l => TitleWords.HasTitle(l.Line));
        var titledAtTop = first.Lines.Where(l => l.Box.Top < 0.5).Any(TitleWords.HasTitle);

        var score = (titled ? Title : 0) + (titledAtTop ? TitleAtTop : 0);
        score += LabelMatcher.Find(content.Pages.SelectMany(p => p.Lines), FieldLabels.InvoiceNumber).Count > 0 ? 0.15 : 0;
        score += Any(text, ClassificationVocabulary.Tax) ? 0.1 : 0;
        score += HasTotals(content) ? 0.1 : 0;
        score += Any(text, ClassificationVocabulary.Payment) || Iban.Find(content) is not null ? 0.1 : 0;
        score += Any(text, ClassificationVocabulary.Parties) ? 0.05 : 0;
        score += content.Pages.Any(p => Items.ItemHeader.Find(p).Any()) ? 0.1 : 0;
        if (!titled)
        {
            score = Math.Min(score, WithoutTitleCeiling);
        }

        score -= 0.12 * Count(text, ClassificationVocabulary.Receipt);
        score -= ReceiptShape.Penalty(content);
        score -= 0.25 * Count(text, ClassificationVocabulary.Statement);
        return Math.Clamp(score, 0, 1);
    }

    private static bool HasTotals(DocumentContent content) =>
        Totals.AmountLabels.Read(content).Any(a => a.Kind is Totals.TotalKind.Net or Totals.TotalKind.Gross or Totals.TotalKind.Total or Totals.TotalKind.Due);

    private static bool Any(string text, IEnumerable<string> phrases) => phrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));

    private static int Count(string text, IEnumerable<string> phrases) => phrases.Count(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
}
