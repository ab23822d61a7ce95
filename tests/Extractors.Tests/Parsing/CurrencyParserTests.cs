using Intake.Extractors.Parsing;

namespace Intake.Extractors.Tests.Parsing;

public sealed class CurrencyParserTests
{
    [Theory]
    [InlineData("€", "EUR")]
    [InlineData("EUR", "EUR")]
    [InlineData("eur", "EUR")]
    [InlineData("Euro", "EUR")]
    [InlineData("euros", "EUR")]
    [InlineData("$", "USD")]
    [InlineData("US$", "USD")]
    [InlineData("Dollar", "USD")]
    [InlineData("C$", "CAD")]
    [InlineData("A$", "AUD")]
    [InlineData("£", "GBP")]
    [InlineData("¥", "JPY")]
    [InlineData("CHF", "CHF")]
    [InlineData("Fr.", "CHF")]
    [InlineData("zł", "PLN")]
    [InlineData("kr", "SEK")]
    [InlineData("RM", "MYR")]
    [InlineData("R$", "BRL")]
    [InlineData("₹", "INR")]
    [InlineData(" MYR ", "MYR")]
    [InlineData("SGD", "SGD")]
    [InlineData("CNY", "CNY")]
    [InlineData("DKK", "DKK")]
    [InlineData("CZK", "CZK")]
    public void Symbols_codes_and_words_read_as_iso_codes(string text, string iso)
    {
        Assert.True(CurrencyParser.TryParse(text, out var code));

        Assert.Equal(iso, code);
    }

    [Theory]
    [InlineData("$", "CAD")]
    [InlineData("kr", "DKK")]
    [InlineData("¥", "CNY")]
    public void Hints_say_what_a_shared_symbol_means(string text, string iso)
    {
        var hints = new CurrencyHints { Dollar = "CAD", Krone = "DKK", Yen = "CNY" };

        Assert.True(CurrencyParser.TryParse(text, hints, out var code));

        Assert.Equal(iso, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("E")]
    [InlineData("12,50")]
    [InlineData("EUR 12,50")]
    [InlineData("Dollars and cents")]
    public void Anything_but_one_currency_is_rejected(string text)
    {
        Assert.False(CurrencyParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Gesamtbetrag 12,50 €", "EUR")]
    [InlineData("Amount due: USD 1,234.56", "USD")]
    [InlineData("Prix total : 12,00 $", "USD")]
    [InlineData("Betrag in Euro", "EUR")]
    [InlineData("Summe 12,50 EUR zzgl. 3,00 EUR, Porto 1 USD", "EUR")]
    [InlineData("Total C$ 12.00, tip $ 2.00, fee $ 1.00", "CAD")]
    [InlineData("Total $12.00 (all amounts in AUD)", "AUD")]
    [InlineData("Jumlah RM 45.60", "MYR")]
    public void Detect_finds_the_currency_a_text_is_in(string text, string iso)
    {
        Assert.Equal(iso, CurrencyParser.Detect(text));
    }

    [Theory]
    [InlineData("Rechnung Nr. 4711")]
    [InlineData("try all of these, cad, rub")]
    public void Detect_returns_null_without_a_currency(string text)
    {
        Assert.Null(CurrencyParser.Detect(text));
    }
}
