using System.Globalization;
using Intake.Tools.Generator.Scanning;

namespace Intake.Tools.Generator.Receipts;

/// <summary>One generated receipt on disk: its truth, its text PDF and (when asked for) its scanned PDF.</summary>
public sealed record GeneratedReceipt(Receipt Receipt, ReceiptLayout Layout, string TruthPath, string TextPdfPath, string? ScannedPdfPath);

/// <summary>A set of receipts from one seed: receipt i takes layout i modulo the layouts, so every layout is drawn about equally.</summary>
public static class ReceiptSet
{
    private const int Kind = 3;

    public static IReadOnlyList<(Receipt Receipt, ReceiptLayout Layout)> Create(int count, int seed) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var layout = ReceiptLayouts.All[(i - 1) % ReceiptLayouts.All.Count];
            var id = "receipt-" + i.ToString("000", CultureInfo.InvariantCulture);
            return (ReceiptFactory.Create(id, layout, new Random(SetSeeds.Of(seed, i, Kind))), layout);
        }).ToList();

    /// <summary>Writes <c>receipt-NNN.json</c>, <c>receipt-NNN.pdf</c> and, with <paramref name="scans"/>, <c>receipt-NNN-scan.pdf</c> into <paramref name="directory"/>.</summary>
    public static async Task<IReadOnlyList<GeneratedReceipt>> WriteAsync(
        string directory, int count, int seed, bool scans, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<GeneratedReceipt>();
        foreach (var (receipt, layout) in Create(count, seed))
        {
            var stem = Path.Combine(directory, receipt.Id);
            await File.WriteAllTextAsync(stem + ".json", ReceiptTruth.ToJson(receipt, layout), cancellationToken);
            await File.WriteAllBytesAsync(stem + ".pdf", ReceiptPdfWriter.Render(receipt, layout), cancellationToken);
            string? scan = null;
            if (scans)
            {
                scan = stem + "-scan.pdf";
                await ScannedPdfWriter.WriteAsync(stem + ".pdf", scan, SetSeeds.ScanOf(seed, written.Count + 1, Kind), cancellationToken);
            }

            written.Add(new GeneratedReceipt(receipt, layout, stem + ".json", stem + ".pdf", scan));
        }

        return written;
    }
}
