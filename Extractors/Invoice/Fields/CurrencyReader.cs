using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// The invoice's currency: a currency label ("Rechnungswährung: EUR"); else the currency printed
/// with the total or on its line; else the one the document names most; else, for an account
/// in a euro country (by its IBAN), EUR.
/// </summary>
internal static class CurrencyReader
{
    /// <summary>IBAN country codes of the euro area: an account there holds euros.</summary>
    private static readonly string[] EuroCountries =
        ["AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK", "MC", "SM", "VA", "AD"];

    /// <summary>Signs that name one currency whatever the text around them.</summary>
    private static readonly char[] Symbols = ['€', '£', '$', '¥', '₹', '₽', '₺', '₩'];

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

            foreach (var word in total.Page.Lines[total.LineIndex].Words)
            {
                if (NamedBy(word.Text) is { } code)
                {
                    return ExtractedField.Currency(code, 0.85, total.Page.Number, word.Box);
                }
            }
        }

        // The currency named most; where it is shown is where it is first named.
        var mentions = content.Pages.SelectMany(p => p.Words.Select(w => (Page: p, Word: w, Code: NamedBy(w.Text)))).Where(m => m.Code is not null).ToList();
        if (mentions.GroupBy(m => m.Code).OrderByDescending(g => g.Count()).FirstOrDefault() is { } most)
        {
            var first = most.First();
            return ExtractedField.Currency(most.Key!, 0.7, first.Page.Number, first.Word.Box);
        }

        return Iban.CountryOfAny(content) is { } country && EuroCountries.Contains(country.Code)
            ? ExtractedField.Currency("EUR", 0.5, country.Page, country.Box)
            : null;
    }

    /// <summary>
    /// The currency a word names by an ISO code in capitals ("EUR") or a symbol ("€", "12,50€");
    /// never by a word abbreviation such as "Fr." or "kr", which are too often something else ("Mo.-Fr.").
    /// </summary>
    private static string? NamedBy(string word)
    {
        var token = word.Trim(':', ',', ';', '(', ')', '.');
        if (token.Length == 3 && token.All(char.IsAsciiLetterUpper))
        {
            return CurrencyParser.TryParse(token, out var code) ? code : null;
        }

        var symbol = token.FirstOrDefault(c => Symbols.Contains(c));
        return symbol != default && CurrencyParser.TryParse(symbol.ToString(), out var fromSymbol) ? fromSymbol : null;
    }
}
