using System.Text.Json.Nodes;
using Intake.Bench.Accuracy.Scoring;
using Intake.Tools.Generator;

namespace Intake.Bench.Accuracy.Statements;

/// <summary>
/// The generated bank statements as four sets: text PDFs and scans of the same statements, each
/// split into the layouts the extractor was tuned on and the held-out ones. Their header fields
/// are scored as the corpus sets' fields are; transactions by <see cref="StatementResults"/>.
/// </summary>
public static class StatementSets
{
    public const string Name = "statements";

    private static readonly FieldMetric[] HeaderMetrics =
    [
        new("bankName", "bankName", "bankName", Comparison.Similar),
        new("accountHolder", "accountHolder", "accountHolder", Comparison.Exact),
        new("accountNumber", "accountNumber", "accountNumber", Comparison.Exact),
        new("iban", "iban", "iban", Comparison.Exact),
        new("periodStart", "periodStart", "periodStart", Comparison.Date),
        new("periodEnd", "periodEnd", "periodEnd", Comparison.Date),
        new("openingBalance", "openingBalance", "openingBalance", Comparison.Amount),
        new("closingBalance", "closingBalance", "closingBalance", Comparison.Amount),
        new("currency", "currency", "currency", Comparison.Exact),
    ];

    public static CorpusSet Of(StatementKind kind, bool heldOut) =>
        new($"{Name}-{kind.ToString().ToLowerInvariant()}-{(heldOut ? "heldout" : "tuned")}", "BANK_STATEMENT", HeaderMetrics);

    /// <summary>Generates the statements into <paramref name="scratch"/> and lists them as documents, text PDFs first.</summary>
    public static async Task<IReadOnlyList<CorpusDocument>> GenerateAsync(string scratch, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var scans = options.StatementKinds.Contains(StatementKind.Scan);
        var generated = await StatementSet.WriteAsync(scratch, options.PerSet ?? options.Statements, options.StatementSeed, scans, cancellationToken);
        return options.StatementKinds.Order()
            .SelectMany(kind => generated.Select(g => new CorpusDocument(
                Of(kind, g.Layout.HeldOut),
                g.Statement.Id,
                kind == StatementKind.Text ? g.TextPdfPath : g.ScannedPdfPath!,
                JsonNode.Parse(File.ReadAllText(g.TruthPath))!.AsObject())))
            .ToList();
    }
}

/// <summary>How a generated statement is given to the product: its text PDF, or the scanned PDF of the same pages.</summary>
public enum StatementKind
{
    Text,
    Scan,
}
