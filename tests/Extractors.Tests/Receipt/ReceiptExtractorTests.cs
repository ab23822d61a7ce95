using Intake.Extractors.Content;
using Intake.Extractors.Receipts;
using Intake.Extractors.Testing;

namespace Intake.Extractors.Tests.Receipt;

/// <summary>The receipt plugin through the SDK's surface: what it claims and what it reads.</summary>
public sealed class ReceiptExtractorTests
{
    private static readonly ReceiptExtractor Extractor = new();
    private static readonly ExtractionContext Context = new();

    [Fact]
    public void Reads_an_English_till_receipt_that_calls_itself_a_tax_invoice()
    {
        var content = TestContent.FromText(ReceiptSamples.English, TextSource.Ocr);

        ExtractionAssert.Classifies(Extractor, content, 0.7);
        var result = Extractor.Extract(content, Context);

        ExtractionAssert.MatchesSchema(Extractor, result);
        ExtractionAssert.Field(result, "merchantName", "CORNER HARDWARE & PAINT");
        ExtractionAssert.Field(result, "merchantAddress", "12, HIGH STREET SPRINGFIELD 40100");
        ExtractionAssert.Field(result, "date", "2024-02-14");
        ExtractionAssert.Field(result, "time", new TimeOnly(18, 42, 10));
        ExtractionAssert.Field(result, "subtotal", 12.20m);
        ExtractionAssert.Field(result, "taxAmount", 0.73m);
        ExtractionAssert.Field(result, "total", 12.90m);
        ExtractionAssert.Field(result, "currency", "MYR");
        ExtractionAssert.Field(result, "paymentMethod", "Cash");
        Assert.Equal(2, result.Tables["items"].Rows.Count);
        Assert.Equal(2m, result.Tables["items"].Rows[0]["quantity"]!.Value);
        Assert.Equal(new Results.DocumentSummary("Receipt from CORNER HARDWARE & PAINT", 12.90m, new DateOnly(2024, 2, 14), "MYR"), result.Summary);
    }

    [Fact]
    public void Reads_a_German_receipt()
    {
        var content = TestContent.FromText(ReceiptSamples.German, TextSource.Ocr);

        ExtractionAssert.Classifies(Extractor, content, 0.7);
        var result = Extractor.Extract(content, new ExtractionContext { Languages = ["de"] });

        ExtractionAssert.Field(result, "merchantName", "Bäckerei Sonnenschein");
        ExtractionAssert.Field(result, "date", "2024-06-05");
        ExtractionAssert.Field(result, "time", new TimeOnly(7, 58));
        ExtractionAssert.Field(result, "total", 8.40m);
        ExtractionAssert.Field(result, "taxAmount", 0.55m);
        ExtractionAssert.Field(result, "currency", "EUR");
        ExtractionAssert.Field(result, "paymentMethod", "Cash");
    }

    [Fact]
    public void Reads_a_French_receipt_paid_by_card()
    {
        var content = TestContent.FromText(ReceiptSamples.French, TextSource.Ocr);

        ExtractionAssert.Classifies(Extractor, content, 0.7);
        var result = Extractor.Extract(content, new ExtractionContext { Languages = ["fr"] });

        ExtractionAssert.Field(result, "merchantName", "CAFE DU MARCHE");
        ExtractionAssert.Field(result, "date", "2024-03-12");
        ExtractionAssert.Field(result, "total", 18.50m);
        ExtractionAssert.Field(result, "subtotal", 15.42m);
        ExtractionAssert.Field(result, "taxAmount", 3.08m);
        ExtractionAssert.Field(result, "currency", "EUR");
        ExtractionAssert.Field(result, "paymentMethod", "Card");
    }

    [Fact]
    public void Reads_a_total_through_OCR_noise_in_its_label_and_digits()
    {
        var content = TestContent.FromText("""
            GREEN LEAF GROCER
            7 MARKET ROAD
            Date: 03/01/2024 09:15
            APPLES                        4.20
            MILK                          6.30
            T0TAL           RM           1O.5O
            CA5H            RM           20.00
            CHANGE          RM            9.50
            THANK YOU
            """, TextSource.Ocr);

        var result = Extractor.Extract(content, Context);

        ExtractionAssert.Field(result, "total", 10.50m);
        Assert.True(result.Fields["total"].Confidence < 1, "a repaired amount is not fully certain");
    }

    [Fact]
    public void Prefers_the_total_that_cash_less_change_confirms_over_a_misread_rounded_total()
    {
        var content = TestContent.FromText("""
            BOOK CORNER
            Date: 25/12/2023 20:13
            CLAY SET                      9.00
            Total :                       9.00
            Rounding Adjustment           0.00
            Rounded Total (RM):           9.60
            Cash                         10.00
            Change                        1.00
            """, TextSource.Ocr);

        var result = Extractor.Extract(content, Context);

        ExtractionAssert.Field(result, "total", 9.00m);
    }

    [Fact]
    public void Every_field_says_where_it_was_read()
    {
        var result = Extractor.Extract(TestContent.FromText(ReceiptSamples.English, TextSource.Ocr), Context);

        Assert.All(result.Fields.Where(f => f.Key != "currency"), f =>
        {
            Assert.Equal(1, f.Value.Page);
            Assert.NotNull(f.Value.Box);
            Assert.InRange(f.Value.Confidence, 0.01, 1);
        });
    }

    [Fact]
    public void Leaves_a_business_invoice_to_the_invoice_extractor()
    {
        ExtractionAssert.DoesNotClassify(Extractor, TestContent.FromText(ReceiptSamples.Invoice));
    }

    [Fact]
    public void Leaves_a_letter_unclassified()
    {
        ExtractionAssert.DoesNotClassify(Extractor, TestContent.FromText(ReceiptSamples.Letter));
    }

    [Fact]
    public void Claims_a_receipt_from_a_text_layer_as_from_OCR()
    {
        ExtractionAssert.Classifies(Extractor, TestContent.FromText(ReceiptSamples.German, TextSource.TextLayer), 0.7);
    }
}
