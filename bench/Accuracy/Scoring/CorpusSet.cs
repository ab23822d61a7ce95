using System.Text.Json.Nodes;

namespace Intake.Bench.Accuracy.Scoring;

/// <summary>
/// A folder of ../shared/corpus: the document type every file in it must be classified as
/// (null: none), the metrics scored on it, and its ground truth, expected.json, by file name
/// without extension.
/// </summary>
public sealed record CorpusSet(string Folder, string? ExpectedType, IReadOnlyList<FieldMetric> Metrics)
{
    /// <summary>Issue 7's INVOICE fields against corpus/invoices/expected.json.</summary>
    public static CorpusSet Invoices { get; } = new("invoices", "INVOICE",
    [
        new("invoiceNumber", "invoiceNumber", "invoiceNumber", Comparison.Exact, AuditText: true),
        new("invoiceDate", "invoiceDate", "invoiceDate", Comparison.Date, AuditText: true),
        new("totalAmount", "totalAmount", "totalAmount", Comparison.Amount),
        new("subtotal", "subtotal", "subtotal", Comparison.Amount),
        new("taxAmount", "taxAmount", "taxAmount", Comparison.Amount),
        new("amountDue", "amountDue", "amountDue", Comparison.Amount),
        new("currency", "currency", "currency", Comparison.Exact),
        new("vendorName", "vendorName", "vendorName", Comparison.SimilarOrContained),
        new("items", "items", "lineItemCount", Comparison.RowCount),
    ]);

    /// <summary>Issue 7's RECEIPT fields against corpus/receipts/expected.json (SROIE's exact match, and a similarity variant for names).</summary>
    public static CorpusSet Receipts { get; } = new("receipts", "RECEIPT",
    [
        new("merchantName", "merchantName", "merchantName", Comparison.Exact),
        new("merchantNameSimilar", "merchantName", "merchantName", Comparison.Similar),
        new("merchantAddress", "merchantAddress", "merchantAddress", Comparison.Exact),
        new("merchantAddressSimilar", "merchantAddress", "merchantAddress", Comparison.Similar),
        new("date", "date", "date", Comparison.Date),
        new("total", "total", "total", Comparison.Amount),
    ]);

    /// <summary>Letters, a recipe, a CV…: negatives, which must come back unclassified.</summary>
    public static CorpusSet Other { get; } = new("other", null, []);

    public static IReadOnlyList<CorpusSet> All { get; } = [Invoices, Receipts, Other];

    /// <summary>The set's files with their truth, in name order; a truth entry without its file (or the reverse) is an error.</summary>
    public IReadOnlyList<CorpusDocument> Load(string corpusDirectory)
    {
        var folder = Path.Combine(corpusDirectory, Folder);
        var truth = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")))!.AsObject();
        var files = Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "expected.json")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        if (truth.Select(t => t.Key).Except(files.Keys).Concat(files.Keys.Except(truth.Select(t => t.Key))).FirstOrDefault() is { } unmatched)
        {
            throw new InvalidDataException($"{folder}: '{unmatched}' has a file without truth or truth without a file.");
        }

        return truth.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new CorpusDocument(this, t.Key, files[t.Key], t.Value!.AsObject()))
            .ToList();
    }
}

/// <summary>One corpus file and its ground truth.</summary>
public sealed record CorpusDocument(CorpusSet Set, string Name, string Path, JsonObject Truth);
