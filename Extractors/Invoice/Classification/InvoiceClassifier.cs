using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Fields;
using Intake.Extractors.Invoices.Items;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;
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
    // What each piece of evidence adds. A title with any two of the rest reaches 0.7.
    private const double Title = 0.4;
    private const double TitleAtTop = 0.1;
    private const double NumberLabel = 0.15;
    private const double Tax = 0.1;
    private const double Totals = 0.1;
    private const double Payment = 0.1;
    private const double Parties = 0.05;
    private const double ItemTable = 0.1;

    /// <summary>Without a title, the rest never reaches the Processor's default threshold of 0.5.</summary>
    private const double WithoutTitleCeiling = 0.45;

    /// <summary>What each distinct receipt or bank-statement mark takes away.</summary>
    private const double ReceiptWord = 0.12;
    private const double StatementWord = 0.25;

    /// <summary>Titles stand in the upper half of the first page.</summary>
    private const double TopHalf = 0.5;

    public static double Score(DocumentContent content)
    {
        if (content.IsEmpty)
        {
            return 0;
        }

        var text = " " + string.Join(' ', Folding.Words(content.Text)) + " ";
        var first = content.Pages[0];
        var amounts = AmountLabels.Read(content);
        var titled = content.Lines.Any(l => TitleWords.HasTitle(l.Page, l.Line)) || amounts.Any(NamesTheInvoice);
        var titledAtTop = first.Lines.Where(l => l.Box.Top < TopHalf).Any(l => TitleWords.HasTitle(first, l));

        var score = (titled ? Title : 0) + (titledAtTop ? TitleAtTop : 0);
        score += LabelMatcher.Find(content.Pages.SelectMany(p => p.Lines), FieldLabels.InvoiceNumber).Count > 0 ? NumberLabel : 0;
        score += Any(text, ClassificationVocabulary.Tax) || text.Contains(ClassificationVocabulary.TaxCompoundEnd, StringComparison.Ordinal) ? Tax : 0;
        score += amounts.Any(a => a.Kind is TotalKind.Net or TotalKind.Gross or TotalKind.Total or TotalKind.Due) ? Totals : 0;
        score += Any(text, ClassificationVocabulary.Payment) || Iban.Find(content) is not null ? Payment : 0;
        score += Any(text, ClassificationVocabulary.Parties) ? Parties : 0;
        score += content.Pages.Any(p => ItemHeader.Find(p).Any()) ? ItemTable : 0;
        if (!titled)
        {
            score = Math.Min(score, WithoutTitleCeiling);
        }

        score -= ReceiptWord * Count(text, ClassificationVocabulary.Receipt);
        score -= ReceiptShape.Penalty(content);
        score -= StatementWord * Count(text, ClassificationVocabulary.Statement);
        return Math.Clamp(score, 0, 1);
    }

    /// <summary>A total labelled as the invoice's ("Rechnungsbetrag", "Invoice total", "Total de la facture") stands in for a title.</summary>
    private static bool NamesTheInvoice(LabelledAmount amount) =>
        amount.Kind is TotalKind.Gross or TotalKind.Total or TotalKind.Due
        && Folding.Words(amount.Label).Count <= 4
        && ClassificationVocabulary.InvoiceTotals.Any(string.Concat(Folding.Words(amount.Label)).Contains);

    private static bool Any(string text, IEnumerable<string> phrases) => phrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));

    private static int Count(string text, IEnumerable<string> phrases) => phrases.Count(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
}
