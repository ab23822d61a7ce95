using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>Identifiers read after their labels: the seller's tax id and the customer's order number.</summary>
internal static partial class ReferenceReader
{
    /// <summary>Words on a label's line that say the id is the customer's, not the seller's.</summary>
    private static readonly string[] CustomerWords = ["client", "customer", "kunde", "kunden", "kaufer", "acheteur", "buyer"];

    public static ExtractedField? VendorTaxId(DocumentContent content)
    {
        foreach (var place in LabelledWords.Find(content, FieldLabels.VendorTaxId))
        {
            if (Folding.Words(place.Match.Line.Text).Any(CustomerWords.Contains))
            {
                continue;
            }

            var text = string.Join(' ', place.Words.Select(w => w.Text)).Trim(':', ' ');
            var match = TaxId().Match(text);
            if (match.Success)
            {
                return ExtractedField.Text(match.Value.Replace(" ", "", StringComparison.Ordinal), 0.85 * place.Match.Score, place.Page.Number, place.Box);
            }
        }

        return null;
    }

    public static ExtractedField? PurchaseOrder(DocumentContent content)
    {
        foreach (var place in LabelledWords.Find(content, FieldLabels.PurchaseOrder))
        {
            if (Identifier.First(place.Words.Select(w => w.Text).ToList(), DocumentTitles.NumberMarks) is { } found)
            {
                return ExtractedField.Text(found.Value, 0.8 * place.Match.Score, place.Page.Number, place.Words[found.Index].Box);
            }
        }

        return null;
    }

    /// <summary>A VAT id (two letters and 8–12 letters or digits, e.g. DE123456789, FR11999999998) or a national tax number (201/113/40209).</summary>
    [GeneratedRegex(@"\b[A-Z]{2} ?[0-9][0-9A-Z]{7,12}\b|\b\d{2,3}/\d{3}/\d{4,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TaxId();
}
