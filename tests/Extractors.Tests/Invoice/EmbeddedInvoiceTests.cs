using System.Text;
using Intake.Extractors.Content;
using Intake.Extractors.Invoices;
using Intake.Extractors.Results;
using Intake.Extractors.Testing;
using Intake.Extractors.Text;
using Intake.Testing;

namespace Intake.Extractors.Tests.Invoice;

/// <summary>E-invoices: the XML a PDF carries is read for exact values, each field saying so; the page fills what it lacks.</summary>
public sealed class EmbeddedInvoiceTests
{
    private readonly InvoiceExtractor _extractor = new();

    [Fact]
    public void A_CII_invoice_gives_its_exact_values_and_lines_each_marked_as_from_the_XML()
    {
        var result = Extract(SampleInvoices.English, ("factur-x.xml", EInvoiceSamples.Cii));

        AssertFromXml(result, "invoiceNumber", "INV-2024-0042");
        AssertFromXml(result, "invoiceDate", new DateOnly(2024, 3, 14));
        AssertFromXml(result, "dueDate", new DateOnly(2024, 4, 13));
        AssertFromXml(result, "vendorName", "Northwind Traders Limited");
        AssertFromXml(result, "vendorAddress", "12 Harbour Road, BS1 4QA Bristol, GB");
        AssertFromXml(result, "vendorTaxId", "GB123456789");
        AssertFromXml(result, "customerName", "Contoso Stores");
        AssertFromXml(result, "purchaseOrder", "PO-7781");
        AssertFromXml(result, "subtotal", 165.00m);
        AssertFromXml(result, "taxAmount", 33.00m);
        AssertFromXml(result, "totalAmount", 198.00m);
        AssertFromXml(result, "currency", "GBP");
        AssertFromXml(result, "iban", "GB82WEST12345698765432");

        // The XML's three lines, though the page prints two.
        var items = result.Tables["items"].Rows;
        Assert.Equal(3, items.Count);
        Assert.Equal(("Toner cartridge black", 2m, 60.00m, 120.00m, 20m),
            (items[1]["description"]?.Value, items[1]["quantity"]?.Value, items[1]["unitPrice"]?.Value, items[1]["amount"]?.Value, items[1]["taxRate"]?.Value));
        Assert.Equal(198.00m, result.Summary.TotalAmount);
    }

    [Fact]
    public void A_UBL_invoice_is_read_too_and_the_page_fills_what_the_XML_leaves_out()
    {
        var result = Extract(SampleInvoices.GermanLabelsAbove, ("xrechnung.xml", EInvoiceSamples.Ubl));

        AssertFromXml(result, "invoiceNumber", "R-2024-117");
        AssertFromXml(result, "vendorName", "Müller Bürobedarf GmbH");
        AssertFromXml(result, "totalAmount", 154.70m);
        AssertFromXml(result, "taxAmount", 24.70m);
        AssertFromXml(result, "iban", "DE89370400440532013000");
        Assert.Equal([20m, 100m], result.Tables["items"].Rows.Select(r => r["quantity"]?.Value));
        // No address in the XML: the page's, with the page's evidence.
        Assert.Null(result.Fields["vendorAddress"].Source);
        Assert.NotNull(result.Fields["vendorAddress"].Page);
    }

    [Theory]
    [InlineData(EInvoiceSamples.WithExternalEntity)]
    [InlineData("<Invoice><ID>unterminated")]
    public void XML_that_is_unsafe_or_broken_is_ignored_and_the_page_is_read(string xml)
    {
        var result = Extract(SampleInvoices.English, ("factur-x.xml", xml));

        Assert.Equal("INV-2024-0042", result.Fields["invoiceNumber"].Value);
        Assert.All(result.Fields.Values, f => Assert.Null(f.Source));
    }

    [Fact]
    public async Task The_XML_a_PDF_carries_is_read_with_its_pages()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"intake-einvoice-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, TextPdf.WithAttachment("factur-x.xml", Encoding.UTF8.GetBytes(EInvoiceSamples.Cii), "INVOICE INV-2024-0042", "Total GBP 198.00"),
            TestContext.Current.CancellationToken);
        try
        {
            var content = await DocumentTextReader.ReadAsync(pdf, cancellationToken: TestContext.Current.CancellationToken);

            var file = Assert.Single(content.EmbeddedFiles);
            Assert.Equal("factur-x.xml", file.Name);
            Assert.Equal(EInvoiceSamples.Cii, Encoding.UTF8.GetString(file.Bytes));
            Assert.Contains("INV-2024-0042", content.Text);
            AssertFromXml(_extractor.Extract(content, new ExtractionContext()), "totalAmount", 198.00m);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [Fact]
    public async Task A_PDF_without_attachments_has_no_embedded_files()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"intake-plain-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, TextPdf.Of("INVOICE INV-1"), TestContext.Current.CancellationToken);
        try
        {
            Assert.Empty((await DocumentTextReader.ReadAsync(pdf, cancellationToken: TestContext.Current.CancellationToken)).EmbeddedFiles);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    private ExtractionResult Extract(string text, (string Name, string Xml) attachment) =>
        _extractor.Extract(
            TestContent.FromText(text) with { EmbeddedFiles = [new EmbeddedFile(attachment.Name, Encoding.UTF8.GetBytes(attachment.Xml))] },
            new ExtractionContext());

    private static void AssertFromXml(ExtractionResult result, string field, object expected)
    {
        var value = Assert.Contains(field, result.Fields);
        Assert.Equal(expected, value.Value);
        Assert.Equal(ExtractedField.EmbeddedXml, value.Source);
        Assert.Equal(1.0, value.Confidence);
    }
}
