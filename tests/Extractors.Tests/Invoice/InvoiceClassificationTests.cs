using Intake.Extractors.Invoices;
using Intake.Extractors.Testing;

namespace Intake.Extractors.Tests.Invoice;

public sealed class InvoiceClassificationTests
{
    private readonly InvoiceExtractor _extractor = new();

    [Theory]
    [InlineData(SampleInvoices.English)]
    [InlineData(SampleInvoices.GermanLabelsAbove)]
    [InlineData(SampleInvoices.French)]
    [InlineData(SampleInvoices.CreditNote)]
    public void Invoices_in_English_German_and_French_are_claimed(string text) =>
        ExtractionAssert.Classifies(_extractor, TestContent.FromText(text), 0.7);

    [Fact]
    public void A_till_receipt_printed_tax_invoice_is_left_to_the_receipt_extractor() =>
        ExtractionAssert.DoesNotClassify(_extractor, TestContent.FromText(SampleInvoices.TillReceipt));

    [Fact]
    public void A_letter_that_mentions_an_amount_is_not_an_invoice() =>
        ExtractionAssert.DoesNotClassify(_extractor, TestContent.FromText(SampleInvoices.Letter));

    [Fact]
    public void A_letter_about_an_invoice_is_not_one()
    {
        var letter = """
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Rechnung Nr. 2024-117 vom 05.03.2024 über 154,70 EUR inkl. USt.
            Wir haben den Betrag heute auf Ihr Konto IBAN DE89 3704 0044 0532 0130 00 überwiesen.

            Mit freundlichen Grüßen
            Beispiel AG
            """;

        ExtractionAssert.DoesNotClassify(_extractor, TestContent.FromText(letter));
    }

    [Fact]
    public void A_bank_statement_is_not_an_invoice()
    {
        var statement = """
            Kontoauszug Nr. 5/2024                          IBAN DE89 3704 0044 0532 0130 00
            Alter Kontostand vom 01.05.2024                                 1.250,00 EUR
            03.05.2024   Miete Mai                                           -800,00
            15.05.2024   Rechnung 4711 Stadtwerke                             -95,40
            Neuer Kontostand vom 31.05.2024                                   354,60 EUR
            """;

        ExtractionAssert.DoesNotClassify(_extractor, TestContent.FromText(statement));
    }

    [Fact]
    public void Nothing_read_is_nothing_claimed() =>
        Assert.Equal(0, _extractor.Classify(new Content.DocumentContent([])));
}
