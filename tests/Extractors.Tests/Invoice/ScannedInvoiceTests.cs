using Intake.Extractors.Content;
using Intake.Extractors.Invoices;
using Intake.Extractors.Testing;
using Intake.Tools.Generator.Invoices;
using Intake.Tools.Generator.Rendering;
using Intake.Tools.Generator.Scanning;

namespace Intake.Extractors.Tests.Invoice;

/// <summary>A generated invoice of a tuned layout, scanned and read by OCR as the Processor reads it.</summary>
public sealed class ScannedInvoiceTests
{
    [Fact]
    public async Task On_a_scan_whose_only_seller_is_in_the_footer_a_field_label_is_not_taken_for_the_seller()
    {
        // Seller in the footer; the fields a row of labels over their values ("Facture n°  Date  Échéance").
        var layout = InvoiceLayouts.SwissFrenchStacked;
        var invoice = InvoiceFactory.Create("scan", layout, new Random(7));
        using var text = new TemporaryFile(".pdf");
        using var scan = new TemporaryFile(".pdf");
        await File.WriteAllBytesAsync(text.Path, InvoicePdfWriter.Render(invoice, layout), TestContext.Current.CancellationToken);
        await ScannedPdfWriter.WriteAsync(text.Path, scan.Path, seed: 3, TestContext.Current.CancellationToken);
        var content = await TestContent.FromFileAsync(scan.Path, cancellationToken: TestContext.Current.CancellationToken);

        // Without its small sender line, as on plain paper: the footer alone names the seller, and "Date" heads the page.
        var page = content.Pages[0];
        Assert.StartsWith(invoice.Seller.Name, page.Lines[0].Text);
        var result = new InvoiceExtractor().Extract(new DocumentContent([page with { Lines = page.Lines.Skip(1).ToList() }]), new ExtractionContext());

        Assert.Equal(TextSource.Ocr, page.Source);
        ExtractionAssert.Field(result, "vendorName", invoice.Seller.Name);
    }
}
