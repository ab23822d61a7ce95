using System.Globalization;
using Intake.Tools.Generator.Scanning;

namespace Intake.Tools.Generator.Invoices;

/// <summary>One generated invoice on disk: its truth, its text PDF and (when asked for) its scanned PDF.</summary>
/// <param name="EInvoicePdfPath">The text PDF carrying the invoice's XML as an e-invoice does, when asked for.</param>
public sealed record GeneratedInvoice(Invoice Invoice, InvoiceLayout Layout, string TruthPath, string TextPdfPath, string? ScannedPdfPath, string? EInvoicePdfPath = null);

/// <summary>A set of invoices from one seed: invoice i takes layout i modulo the layouts, so every layout is drawn about equally.</summary>
public static class InvoiceSet
{
    private const int Kind = 2;

    public static IReadOnlyList<(Invoice Invoice, InvoiceLayout Layout)> Create(int count, int seed) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var layout = InvoiceLayouts.All[(i - 1) % InvoiceLayouts.All.Count];
            var id = "invoice-" + i.ToString("000", CultureInfo.InvariantCulture);
            return (InvoiceFactory.Create(id, layout, new Random(SetSeeds.Of(seed, i, Kind))), layout);
        }).ToList();

    /// <summary>
    /// Writes <c>invoice-NNN.json</c>, <c>invoice-NNN.pdf</c>, with <paramref name="scans"/> <c>invoice-NNN-scan.pdf</c>
    /// and with <paramref name="eInvoices"/> <c>invoice-NNN-einvoice.pdf</c> (the text PDF carrying its XML: CII for odd
    /// NNN, UBL for even) into <paramref name="directory"/>.
    /// </summary>
    public static async Task<IReadOnlyList<GeneratedInvoice>> WriteAsync(
        string directory, int count, int seed, bool scans, bool eInvoices = false, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<GeneratedInvoice>();
        foreach (var (invoice, layout) in Create(count, seed))
        {
            var stem = Path.Combine(directory, invoice.Id);
            await File.WriteAllTextAsync(stem + ".json", InvoiceTruth.ToJson(invoice, layout), cancellationToken);
            await File.WriteAllBytesAsync(stem + ".pdf", InvoicePdfWriter.Render(invoice, layout), cancellationToken);
            string? scan = null;
            if (scans)
            {
                scan = stem + "-scan.pdf";
                await ScannedPdfWriter.WriteAsync(stem + ".pdf", scan, SetSeeds.ScanOf(seed, written.Count + 1, Kind), cancellationToken);
            }

            string? eInvoice = null;
            if (eInvoices)
            {
                var syntax = (written.Count + 1) % 2 == 1 ? EInvoiceSyntax.Cii : EInvoiceSyntax.Ubl;
                eInvoice = stem + "-einvoice.pdf";
                var xml = (EInvoiceWriter.FileName(syntax), EInvoiceWriter.Write(invoice, layout, syntax));
                await File.WriteAllBytesAsync(eInvoice, InvoicePdfWriter.Render(invoice, layout, xml), cancellationToken);
            }

            written.Add(new GeneratedInvoice(invoice, layout, stem + ".json", stem + ".pdf", scan, eInvoice));
        }

        return written;
    }
}
