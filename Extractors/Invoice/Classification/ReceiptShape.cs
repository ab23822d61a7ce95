using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Classification;

/// <summary>
/// Till receipts look different from invoices before a word is read: a slip much taller than
/// A4, or a narrow column of text in the middle of a scanned page, and only a short text read by
/// OCR. Receipts printed "TAX INVOICE" share an invoice's vocabulary, so their shape decides.
/// </summary>
internal static class ReceiptShape
{
    /// <summary>Height over width of a page taller than any office paper format (A4 is 1.41, legal 1.65).</summary>
    private const double SlipAspect = 1.7;

    /// <summary>Text spanning less than this fraction of the page width is a slip's column.</summary>
    private const double NarrowColumn = 0.5;

    /// <summary>Fewer words than this, read by OCR from a single page, make a short photo.</summary>
    private const int ShortText = 250;

    public static double Penalty(DocumentContent content)
    {
        var first = content.Pages[0];
        var words = first.Words.ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        var span = words.Max(w => w.Box.Right) - words.Min(w => w.Box.Left);
        var slip = first.Height / first.Width > SlipAspect || span < NarrowColumn;
        var shortPhoto = content.Pages.Count == 1 && first.Source == TextSource.Ocr && words.Count < ShortText;
        return (slip ? 0.3 : 0) + (shortPhoto ? 0.1 : 0);
    }
}
