using System.Diagnostics;
using System.Text.Json.Nodes;
using Intake.Bench.Accuracy.Generated;
using Intake.Tools.Generator.Invoices;
using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Receipts;

namespace Intake.Bench.Tests;

/// <summary>
/// The generated sets' truth must be what the page shows, or their figures mean nothing: each
/// text PDF's text (pdftotext, as the product reads it) holds the truth's values as its layout prints them.
/// </summary>
public sealed class GeneratedDocumentTests : IDisposable
{
    private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("intake-generated-tests-");

    [Fact]
    public async Task Every_invoice_layout_prints_the_number_date_and_totals_its_truth_records()
    {
        var invoices = await InvoiceSet.WriteAsync(scratch.FullName, InvoiceLayouts.All.Count, seed: 3, scans: false, cancellationToken: TestContext.Current.CancellationToken);

        foreach (var invoice in invoices)
        {
            var truth = JsonNode.Parse(await File.ReadAllTextAsync(invoice.TruthPath, TestContext.Current.CancellationToken))!.AsObject();
            var text = await PdfTextAsync(invoice.TextPdfPath);
            var numbers = invoice.Layout.Numbers;
            Assert.Contains(truth["invoiceNumber"]!.GetValue<string>(), text);
            Assert.Contains(invoice.Layout.Dates.Format(DateOnly.Parse(truth["invoiceDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)), text);
            Assert.Contains(numbers.Format(truth["totalAmount"]!.GetValue<decimal>()), text);
            Assert.Contains(numbers.Format(truth["subtotal"]!.GetValue<decimal>()), text);
            Assert.Contains(truth["currency"]!.GetValue<string>(), text);
            Assert.Contains(truth["vendorName"]!.GetValue<string>(), text);
            Assert.Equal(invoice.Invoice.Lines.Count, truth["lineItemCount"]!.GetValue<int>());
            if (truth["amountDue"] is { } due)
            {
                Assert.Contains(numbers.Format(due.GetValue<decimal>()), text);
            }
        }
    }

    [Fact]
    public async Task Every_e_invoice_carries_XML_in_its_syntax_that_states_what_its_truth_records()
    {
        // Twice round the layouts, so each (the credit note's too) is written in both syntaxes.
        var invoices = await InvoiceSet.WriteAsync(
            scratch.FullName, 2 * InvoiceLayouts.All.Count, seed: 3, scans: false, eInvoices: true, TestContext.Current.CancellationToken);

        foreach (var (invoice, index) in invoices.Select((invoice, index) => (invoice, index)))
        {
            var truth = JsonNode.Parse(await File.ReadAllTextAsync(invoice.TruthPath, TestContext.Current.CancellationToken))!.AsObject();
            // Read as the product reads it: pdfdetach through the SDK.
            var content = await Intake.Extractors.Text.DocumentTextReader.ReadAsync(invoice.EInvoicePdfPath!, cancellationToken: TestContext.Current.CancellationToken);
            var xml = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(Assert.Single(content.EmbeddedFiles).Bytes)).Root!;
            string? Value(string name) => xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            decimal Amount(string name) => decimal.Parse(Value(name)!, System.Globalization.CultureInfo.InvariantCulture);

            var cii = index % 2 == 0;
            Assert.Equal(cii ? "CrossIndustryInvoice" : invoice.Layout.CreditNote ? "CreditNote" : "Invoice", xml.Name.LocalName);
            Assert.Equal(invoice.Layout.CreditNote ? "381" : "380", Value(cii ? "TypeCode" : xml.Name.LocalName + "TypeCode"));
            Assert.Equal(truth["invoiceNumber"]!.GetValue<string>(), cii ? xml.Descendants().First(e => e.Name.LocalName == "ExchangedDocument").Elements().First().Value : Value("ID"));
            Assert.Equal(truth["invoiceDate"]!.GetValue<string>().Replace("-", cii ? "" : "-", StringComparison.Ordinal), Value(cii ? "DateTimeString" : "IssueDate"));
            Assert.Equal(truth["totalAmount"]!.GetValue<decimal>(), Amount(cii ? "GrandTotalAmount" : "TaxInclusiveAmount"));
            Assert.Equal(truth["taxAmount"]!.GetValue<decimal>(), Amount(cii ? "TaxTotalAmount" : "TaxAmount"));
            Assert.Equal(truth["currency"]!.GetValue<string>(), Value(cii ? "InvoiceCurrencyCode" : "DocumentCurrencyCode"));
            Assert.Equal(truth["lineItemCount"]!.GetValue<int>(),
                xml.Descendants().Count(e => e.Name.LocalName is "IncludedSupplyChainTradeLineItem" or "InvoiceLine" or "CreditNoteLine"));
            // BT-25, the corrected invoice, on credit notes only.
            Assert.Equal(invoice.Invoice.CorrectedInvoiceNumber,
                xml.Descendants().FirstOrDefault(e => e.Name.LocalName is "InvoiceReferencedDocument" or "InvoiceDocumentReference")?.Elements().First().Value);
        }
    }

    [Fact]
    public async Task Every_receipt_layout_prints_the_merchant_date_and_total_its_truth_records()
    {
        var receipts = await ReceiptSet.WriteAsync(scratch.FullName, ReceiptLayouts.All.Count, seed: 3, scans: false, TestContext.Current.CancellationToken);

        foreach (var receipt in receipts)
        {
            var truth = JsonNode.Parse(await File.ReadAllTextAsync(receipt.TruthPath, TestContext.Current.CancellationToken))!.AsObject();
            var text = await PdfTextAsync(receipt.TextPdfPath);
            Assert.Contains(truth["merchantName"]!.GetValue<string>(), text);
            Assert.All(receipt.Receipt.MerchantAddressLines, line => Assert.Contains(line, text));
            Assert.Contains(receipt.Layout.Dates.Format(DateOnly.Parse(truth["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)), text);
            Assert.Contains(receipt.Layout.Numbers.Format(truth["total"]!.GetValue<decimal>()), text);
        }
    }

    [Fact]
    public void Held_out_layouts_exist_beside_tuned_ones_and_get_their_own_sets()
    {
        Assert.Equal(4, InvoiceLayouts.HeldOut.Count);
        Assert.Contains(InvoiceLayouts.HeldOut, l => l.CreditNote);
        Assert.Contains(InvoiceLayouts.All, l => !l.HeldOut);
        Assert.Contains(InvoiceLayouts.All, l => l.CreditNote);
        Assert.Contains(InvoiceLayouts.HeldOut, l => l.ValuesBelowLabels);
        Assert.InRange(ReceiptLayouts.HeldOut.Count, 1, 2);
        Assert.Contains(ReceiptLayouts.All, l => !l.HeldOut);
        Assert.Equal("generated-invoices-scan-heldout", GeneratedSets.Invoices(GeneratedRendering.Scan, heldOut: true).Folder);
        Assert.Equal("generated-receipts-text-tuned", GeneratedSets.Receipts(GeneratedRendering.Text, heldOut: false).Folder);
    }

    public void Dispose() => scratch.Delete(recursive: true);

    private static async Task<string> PdfTextAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false, ArgumentList = { "-layout", pdf, "-" } };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return text;
    }
}
