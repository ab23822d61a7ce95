using System.Globalization;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Tests.Parsing;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1\u00A0234,56", "1234.56")]
    [InlineData("1\u202F234,56", "1234.56")]
    [InlineData("1'234.56", "1234.56")]
    [InlineData("1’234.56", "1234.56")]
    [InlineData("1 234 567,89", "1234567.89")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("12,5", "12.5")]
    [InlineData("0.50", "0.50")]
    [InlineData("0,125", "0.125")]
    [InlineData("1234", "1234")]
    [InlineData("0", "0")]
    [InlineData("12.3456", "12.3456")]
    public void Grouping_and_decimal_separators_are_told_apart(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(text, out var value));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.234", "1234")]
    [InlineData("1,234", "1234")]
    [InlineData("12.345", "12345")]
    public void A_lone_separator_before_exactly_three_digits_groups_thousands(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(text, out var value));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,234", ',', "1.234")]
    [InlineData("1.234", '.', "1.234")]
    [InlineData("1.234", ',', "1234")]
    public void A_decimal_separator_hint_settles_a_lone_separator_before_three_digits(string text, char separator, string expected)
    {
        Assert.True(AmountParser.TryParse(text, new AmountHints { DecimalSeparator = separator }, out var amount));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
    }

    [Theory]
    [InlineData("-12.50", "-12.50")]
    [InlineData("\u221212,50", "-12.50")]
    [InlineData("- 12,50", "-12.50")]
    [InlineData("12,50-", "-12.50")]
    [InlineData("(12.50)", "-12.50")]
    [InlineData("(1.234,56)", "-1234.56")]
    [InlineData("12.50 DR", "-12.50")]
    [InlineData("12.50 CR", "12.50")]
    [InlineData("-€12.50", "-12.50")]
    [InlineData("€ -12,50", "-12.50")]
    [InlineData("EUR -1.234,56", "-1234.56")]
    [InlineData("12,50 EUR-", "-12.50")]
    [InlineData("(€ 12.50)", "-12.50")]
    public void Negatives_are_read_in_every_printed_form(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(text, out var value));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("€ 12,50", "12.50", "EUR")]
    [InlineData("12,50 EUR", "12.50", "EUR")]
    [InlineData("12,50€", "12.50", "EUR")]
    [InlineData("USD 1,234.56", "1234.56", "USD")]
    [InlineData("$12.50", "12.50", "USD")]
    [InlineData("12.50$", "12.50", "USD")]
    [InlineData("CHF 1'234.50", "1234.50", "CHF")]
    [InlineData("Fr. 12.50", "12.50", "CHF")]
    [InlineData("R$ 1.234,56", "1234.56", "BRL")]
    [InlineData("RM 12.50", "12.50", "MYR")]
    [InlineData("12,50 zł", "12.50", "PLN")]
    [InlineData("£1,000", "1000", "GBP")]
    [InlineData("12 Euros", "12", "EUR")]
    [InlineData("1.234", "1234", null)]
    public void A_currency_before_or_after_the_number_is_reported(string text, string expected, string? currency)
    {
        Assert.True(AmountParser.TryParse(text, AmountHints.None, out var amount));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(currency, amount.Currency);
    }

    [Theory]
    [InlineData("1 234 , 56", "1234.56")]
    [InlineData("12 , 50", "12.50")]
    [InlineData("12. 50 €", "12.50")]
    public void Spaces_OCR_puts_around_the_decimal_mark_are_forgiven_in_a_whole_value(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(text, out var value));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("19%")]
    [InlineData("19 %")]
    [InlineData("19,5 %")]
    [InlineData("05.06.2018")]
    [InlineData("5.6.18")]
    [InlineData("2018-06-05")]
    [InlineData("12:30")]
    [InlineData("+49 30 1234567")]
    [InlineData("030 123 456")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("1,234,56")]
    [InlineData("1.234.56")]
    [InlineData("1.2.3")]
    [InlineData("INV-12345")]
    [InlineData("12a")]
    [InlineData("€")]
    [InlineData("Total")]
    [InlineData("")]
    public void Things_that_are_not_amounts_are_rejected(string text)
    {
        Assert.False(AmountParser.TryParse(text, out _));
    }

    [Fact]
    public void FindAll_skips_percentages_and_keeps_currencies()
    {
        var amounts = AmountParser.FindAll("Zwischensumme 1.234,56 EUR MwSt. 19% 234,57 EUR");

        Assert.Equal([(1234.56m, "EUR"), (234.57m, "EUR")], amounts.Select(a => (a.Value, a.Currency)));
    }

    [Fact]
    public void FindAll_skips_dates_times_and_IBANs()
    {
        var amounts = AmountParser.FindAll("Le 05.06.2018 à 12:30, IBAN FR76 3000 6000 0112 3456 7890 189, montant 50,00 €");

        Assert.Equal([(50.00m, "EUR")], amounts.Select(a => (a.Value, a.Currency)));
    }

    [Fact]
    public void FindAll_skips_phone_numbers()
    {
        var amounts = AmountParser.FindAll("Tel. +49 30 1234567, Fax 030 1234568, Total $ 12.50");

        Assert.Equal([(12.50m, "USD")], amounts.Select(a => (a.Value, a.Currency)));
    }

    [Fact]
    public void FindAll_spans_cover_sign_currency_and_parentheses()
    {
        const string text = "Total € 12,50 due, credit (3.00) and -4,00 EUR";

        var amounts = AmountParser.FindAll(text);

        Assert.Equal(["€ 12,50", "(3.00)", "-4,00 EUR"], amounts.Select(a => a.Span.Of(text)));
        Assert.Equal([12.50m, -3.00m, -4.00m], amounts.Select(a => a.Value));
    }

    [Fact]
    public void FindAll_reads_credit_and_debit_suffixes_on_a_statement_line()
    {
        var amounts = AmountParser.FindAll("Payment 100.00 CR Fee 2.50 DR");

        Assert.Equal([100.00m, -2.50m], amounts.Select(a => a.Value));
    }

    [Fact]
    public void FindAll_ignores_a_lone_closing_parenthesis()
    {
        const string text = "(see page 2: 12,50)";

        var amounts = AmountParser.FindAll(text);

        Assert.Equal(["2", "12,50"], amounts.Select(a => a.Span.Of(text)));
        Assert.Equal([2m, 12.50m], amounts.Select(a => a.Value));
    }

    [Fact]
    public void FindAll_takes_no_amounts_out_of_a_written_date()
    {
        var amounts = AmountParser.FindAll("Invoice of 5 June 2018: 2 x 12,50 EUR = 25,00 EUR");

        Assert.Equal([2m, 12.50m, 25.00m], amounts.Select(a => a.Value));
    }
}
