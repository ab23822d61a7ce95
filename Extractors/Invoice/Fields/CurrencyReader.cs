using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// The invoice's currency: a currency label ("Rechnungswährung: EUR"); else the currency printed
/// with the total or on its line; else the one the document names most; else, for a seller
/// whose IBAN is from a euro country, EUR.
/// </summary>
internal static class CurrencyReader
{
    /// <summary>IBAN country codes of the euro area: an account there holds euros.</summary>
    private static readonly string[] EuroCountries =
        ["AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK", "MC", "SM", "VA", "AD"];

    /// <summary>Signs that name one currency whatever the text around them.</summary>
    private static readonly char[] Symbols = ['€', '£', '$', '¥', '₹', '₽', '₺', '₩'];

    /// <summary>
    /// The currency named most, by ISO codes in capitals ("EUR") and symbols ("€") only: word
    /// abbreviations such as "Fr." or "kr" are too often something else ("Mo.-Fr.").
    /// </summary>
    private static string? MostNamed(DocumentContent content) =>
        content.Pages.SelectMany(p => p.Words)
            .Select(w => w.Text.Trim(':', ',', ';', '(', ')', '.'))
            .Select(t => IsCode(t) || (t.IndexOfAny(Symbols) >= 0 && t.Length <= 4) ? t : null)
            .Select(t => t is not null && CurrencyParser.TryParse(t.Length == 3 ? t : new string(t.Where(c => !char.IsDigit(c) && c is not '.' and not ',' and not '-').ToArray()), out var code) ? code : null)
            .OfType<string>()
            .GroupBy(c => c)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();

    private static bool IsCode(string token) => token.Length == 3 && token.All(char.IsAsciiLetterUpper);

    public static ExtractedField? Read(DocumentContent content, InvoiceTotals totals)
    {
        foreach (var place in LabelledWords.Find(content, FieldLabels.Currency))
        {
            foreach (var word in place.Words)
            {
                if (CurrencyParser.TryParse(word.Text.Trim(':', ',', '(', ')'), out var code))
                {
                    return ExtractedField.Currency(code, 0.95 * place.Match.Score, place.Page.Number, word.Box);
                }
            }
        }

        foreach (var total in new[] { totals.Total, totals.AmountDue, totals.Subtotal }.Select(t => t?.Source).OfType<LabelledAmount>())
        {
            if (total.Amount.Amount.Currency is { } attached)
            {
                return ExtractedField.Currency(attached, 0.9, total.Page.Number, total.Amount.Box);
            }

            var line = total.Page.Lines[total.LineIndex];
            foreach (var word in line.Words)
            {
                if (CurrencyParser.TryParse(word.Text.Trim(':', ',', '(', ')'), out var code) && word.Text.Trim().Length <= 3 && word.Text.Any(c => !char.IsLetter(c) || char.IsUpper(c)))
                {
                    return ExtractedField.Currency(code, 0.85, total.Page.Number, word.Box);
                }
            }
        }

        if (MostNamed(content) is { } named)
        {
            return ExtractedField.Currency(named, 0.7);
        }

        return Iban.CountryOfAny(content) is { } country && EuroCountries.Contains(country) ? ExtractedField.Currency("EUR", 0.5) : null;
    }
}
