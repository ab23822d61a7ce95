using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>
/// How much a document looks like a till receipt. A receipt states a total in money and prints
/// what tills print (cash and change, rounding, the cashier, "thank you", refund rules, a tax
/// summary); a business invoice prints what tills do not (bank details, payment terms, the
/// customer, the invoice number). Many receipts call themselves "TAX INVOICE", so that word
/// alone decides nothing. Letters, CVs and recipes have no total and score low.
/// </summary>
internal static class ReceiptClassifier
{
    private const double Base = 0.2;
    private const double PerReceiptCue = 0.11;
    private const double PerInvoiceCue = 0.14;
    private const double TotalWithAmount = 0.2;
    private const double NoMoney = 0.15;
    private const int LongDocumentWords = 450;
    private const double LongDocumentPenalty = 0.15;

    public static double Score(DocumentContent content)
    {
        if (content.IsEmpty)
        {
            return 0;
        }

        var lines = ReceiptLines.Read(content);
        var tokens = lines.Select(l => Keywords.Tokens(l.Line.Words)).ToList();
        var receiptCues = ReceiptVocabulary.ReceiptCues.Count(group => tokens.Any(t => Keywords.Any(t, group)));
        var invoiceCues = ReceiptVocabulary.InvoiceCues.Count(group => tokens.Any(t => Keywords.Any(t, group)));
        var amounts = lines.Sum(l => l.Amounts.Count(a => !a.ImpliedDecimals));
        if (amounts < 2)
        {
            return Math.Min(NoMoney, Base + PerReceiptCue * receiptCues / 2);
        }

        var hasTotal = lines.Any(l => l.Role is LineRole.Total or LineRole.FinalTotal && l.Value is not null);
        var words = content.Pages.Sum(p => p.Words.Count());
        var score = Base
            + PerReceiptCue * receiptCues
            + (hasTotal ? TotalWithAmount : 0)
            - PerInvoiceCue * invoiceCues
            - (words > LongDocumentWords ? LongDocumentPenalty : 0)
            - (content.Pages.Count > 1 ? LongDocumentPenalty : 0);
        return Math.Clamp(score, 0, 1);
    }
}
