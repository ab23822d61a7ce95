using System.Text.Json.Nodes;
using Intake.Bench.Accuracy.Scoring;
using Intake.Tools.Generator.Invoices;
using Intake.Tools.Generator.Receipts;

namespace Intake.Bench.Accuracy.Generated;

/// <summary>
/// Generated invoices and receipts as eight sets: text PDFs and scans of the same documents,
/// split into the layouts tuning may see and the held-out ones, each scored with the corpus
/// set's own metrics; and a ninth, the invoices as e-invoices. They measure layouts the extractors have not seen; they carry no goals.
/// </summary>
public static class GeneratedSets
{
    public const string Name = "generated";

    public static CorpusSet Invoices(GeneratedRendering rendering, bool heldOut) =>
        new(Folder("invoices", rendering, heldOut), CorpusSet.Invoices.ExpectedType, CorpusSet.Invoices.Metrics);

    public static CorpusSet Receipts(GeneratedRendering rendering, bool heldOut) =>
        new(Folder("receipts", rendering, heldOut), CorpusSet.Receipts.ExpectedType, CorpusSet.Receipts.Metrics);

    /// <summary>
    /// The invoices' text PDFs carrying their XML (CII or UBL) as e-invoices do: a reading of the
    /// XML, not of the page, so reported apart from every text figure.
    /// </summary>
    public static CorpusSet EInvoices { get; } = new($"{Name}-einvoices", CorpusSet.Invoices.ExpectedType, CorpusSet.Invoices.Metrics);

    public static bool IsGenerated(CorpusSet set) => set.Folder.StartsWith(Name + "-", StringComparison.Ordinal);

    /// <summary>Generates the invoices and receipts into <paramref name="scratch"/> and lists them as documents, text PDFs first.</summary>
    public static async Task<IReadOnlyList<CorpusDocument>> GenerateAsync(string scratch, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var scans = options.GeneratedRenderings.Contains(GeneratedRendering.Scan);
        var invoices = await InvoiceSet.WriteAsync(
            Path.Combine(scratch, "invoices"), options.PerSet ?? options.GeneratedInvoices, options.GeneratedSeed, scans, eInvoices: true, cancellationToken);
        var receipts = await ReceiptSet.WriteAsync(Path.Combine(scratch, "receipts"), options.PerSet ?? options.GeneratedReceipts, options.GeneratedSeed, scans, cancellationToken);
        return options.GeneratedRenderings.Order()
            .SelectMany(rendering => invoices
                .Select(i => Document(Invoices(rendering, i.Layout.HeldOut), i.Invoice.Id, rendering, i.TextPdfPath, i.ScannedPdfPath!, i.TruthPath))
                .Concat(receipts.Select(r => Document(Receipts(rendering, r.Layout.HeldOut), r.Receipt.Id, rendering, r.TextPdfPath, r.ScannedPdfPath!, r.TruthPath))))
            .Concat(invoices.Select(i => new CorpusDocument(EInvoices, i.Invoice.Id, i.EInvoicePdfPath!, Truth(i.TruthPath))))
            .ToList();
    }

    private static CorpusDocument Document(CorpusSet set, string id, GeneratedRendering rendering, string text, string scan, string truth) =>
        new(set, id, rendering == GeneratedRendering.Text ? text : scan, Truth(truth));

    private static JsonObject Truth(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private static string Folder(string kind, GeneratedRendering rendering, bool heldOut) =>
        $"{Name}-{kind}-{rendering.ToString().ToLowerInvariant()}-{(heldOut ? "heldout" : "tuned")}";
}

/// <summary>How a generated document is given to the product: its text PDF, or the scanned PDF (no text layer) of the same page.</summary>
public enum GeneratedRendering
{
    Text,
    Scan,
}
