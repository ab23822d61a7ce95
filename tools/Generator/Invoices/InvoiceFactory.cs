using System.Globalization;
using System.Text;
using Intake.Tools.Generator.Statements;

namespace Intake.Tools.Generator.Invoices;

/// <summary>
/// Invents an invoice for a layout: a seller and customer of its language, one to eight items,
/// VAT at the layout's rates and, sometimes, a prepayment. The same random sequence gives the
/// same invoice.
/// </summary>
public static class InvoiceFactory
{
    private const int MaxItems = 8;

    public static Invoice Create(string id, InvoiceLayout layout, Random random)
    {
        var (sellerName, sellerAddress) = Pick(InvoiceVocabulary.Sellers(layout.Language), random);
        var (customerName, customerAddress) = Pick(InvoiceVocabulary.Customers(layout.Language), random);
        var date = new DateOnly(2025, 1, 1).AddDays(random.Next(540));
        var sign = layout.CreditNote ? -1 : 1;
        var items = InvoiceVocabulary.Items(layout.Language).OrderBy(_ => random.Next()).Take(1 + random.Next(MaxItems)).ToList();
        var lines = items.Select(item => new InvoiceLine(
                item.Text,
                item.Price > 300 ? 1 : 1 + random.Next(12),
                sign * Math.Round(item.Price * (decimal)(0.8 + random.NextDouble() * 0.4), 2),
                layout.VatRates[random.Next(layout.VatRates.Count)]))
            .ToList();
        var invoice = new Invoice(
            id, layout.Name,
            new Party(sellerName, sellerAddress, VatId(layout, random), IbanNumbers.Create(layout.Iban, random)),
            new Party(customerName, customerAddress, null, null),
            Number(layout.NumberPattern, date, random), date, date.AddDays(layout.CreditNote ? 7 : 14 + 16 * random.Next(2)),
            layout.Currencies[random.Next(layout.Currencies.Count)], lines, 0,
            layout.CreditNote ? Number("RE-99999", date, random) : null);
        return random.NextDouble() < layout.PrepaymentChance && invoice.Gross > 100
            ? invoice with { Prepayment = Math.Round(invoice.Gross * (decimal)(0.2 + random.NextDouble() * 0.3), 0) }
            : invoice;
    }

    /// <summary>The pattern with <c>{year}</c> as the invoice's year and each '9' a random digit.</summary>
    private static string Number(string pattern, DateOnly date, Random random)
    {
        var text = new StringBuilder();
        foreach (var character in pattern.Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            text.Append(character == '9' ? (char)('0' + random.Next(10)) : character);
        }

        return text.ToString();
    }

    private static string VatId(InvoiceLayout layout, Random random)
    {
        var digits = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + random.Next(10))));
        return layout.Iban.Code switch
        {
            "GB" => $"GB {digits[..3]} {digits[3..7]} {digits[7..]}",
            "FR" => $"FR{random.Next(10, 99)}{digits}",
            "AT" => $"ATU{digits[..8]}",
            "IE" => $"IE{digits[..7]}W",
            var code => code + digits,
        };
    }

    private static T Pick<T>(T[] choices, Random random) => choices[random.Next(choices.Length)];
}
