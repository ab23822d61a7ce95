using System.Text.RegularExpressions;
using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>
/// How much a document looks like a till receipt. A receipt states a total in money and prints
/// what tills print (cash and change, rounding, the cashier, "thank you", refund rules, a tax
/// summary); a business invoice prints what tills do not (bank details, payment terms, the
/// customer, the invoice number). Many receipts call themselves "TAX INVOICE", so that word
/// alone decides nothing. Letters, CVs and recipes have no total and score low.
/// </summary>
internal static partial class ReceiptClassifier
{
    private const double Base = 0.3;
    private const double PerReceiptCue = 0.1;
    private const double MaxReceiptCues = 0.6;
    private const double PerInvoiceCue = 0.15;
    private const double PerWeakInvoiceCue = 0.05;
    private const double TotalWithAmount = 0.15;
    private const double TimeOfDay = 0.1;
    private const int ShortDocumentWords = 250;
    private const double ShortDocument = 0.1;
    private const int TillRollCharacters = 48;
    private const double TillRoll = 0.1;
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
        var weakInvoiceCues = ReceiptVocabulary.WeakInvoiceCues.Count(group => tokens.Any(t => Keywords.Any(t, group)));
        var amounts = lines.Sum(l => l.Amounts.Count(a => !a.ImpliedDecimals));
        var moneyLabels = lines.Count(l => l.Role is LineRole.Total or LineRole.FinalTotal or LineRole.Subtotal or LineRole.Tendered or LineRole.Change);
        if (amounts < 2 && moneyLabels < 2)
        {
            return Math.Min(NoMoney, Base + PerReceiptCue * receiptCues / 2);
        }

        // OCR may lose a receipt's amounts column; its labels remain.
        var hasTotal = lines.Any(l => l.Role is LineRole.Total or LineRole.FinalTotal && l.Value is not null) || (amounts < 2 && moneyLabels >= 2);
        var words = content.Pages.Sum(p => p.Words.Count());
        // Tills print the time of the sale; invoices rarely do.
        var time = lines.Any(l => TimeOfDayPattern().IsMatch(l.Line.Text));
        var score = Base
            + Math.Min(MaxReceiptCues, PerReceiptCue * receiptCues)
            + (hasTotal ? TotalWithAmount : 0)
            + (time ? TimeOfDay : 0)
            + (words <= ShortDocumentWords ? ShortDocument : 0)
            + (PrintedOnTillRoll(lines) ? TillRoll : 0)
            - PerInvoiceCue * invoiceCues
            - PerWeakInvoiceCue * weakInvoiceCues
            - (words > LongDocumentWords ? LongDocumentPenalty : 0)
            - (content.Pages.Count > 1 ? LongDocumentPenalty : 0);
        return Math.Clamp(score, 0, 1);
    }

    /// <summary>Whether nearly all lines are as short as a till roll's 40-odd characters; invoices on A4 run to a hundred.</summary>
    private static bool PrintedOnTillRoll(IReadOnlyList<ReceiptLine> lines)
    {
        var lengths = lines.Select(l => l.Line.Text.Length).Order().ToList();
        return lengths.Count > 0 && lengths[(int)(lengths.Count * 0.9)] <= TillRollCharacters;
    }

    [GeneratedRegex(@"\b(?:[01]?\d|2[0-3]):[0-5]\d\b")]
    private static partial Regex TimeOfDayPattern();
}
