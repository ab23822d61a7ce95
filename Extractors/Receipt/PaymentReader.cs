namespace Intake.Extractors.Receipts;

/// <summary>
/// Reads how the customer paid: the method named on the tendered line ("VISA 12.50", "Bar"),
/// else the first method named anywhere; card brands before the generic card and cash words.
/// </summary>
internal static class PaymentReader
{
    public static (string Method, ReceiptLine Line)? Read(IReadOnlyList<ReceiptLine> lines)
    {
        var tendered = lines.Where(l => l.Role == LineRole.Tendered && l.Value is not null);
        foreach (var line in tendered.Concat(lines))
        {
            foreach (var (keyword, method) in ReceiptVocabulary.PaymentMethods)
            {
                if (Keywords.Has(line.LabelTokens, keyword))
                {
                    return (method, line);
                }
            }
        }

        return null;
    }
}
