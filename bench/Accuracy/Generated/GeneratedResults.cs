using System.Text.Json.Serialization;
using Intake.Bench.Accuracy.Scoring;
using Intake.Tools.Generator.Invoices;
using Intake.Tools.Generator.Receipts;

namespace Intake.Bench.Accuracy.Generated;

/// <summary>
/// The generated invoices' and receipts' figures per set (the e-invoices among them), and their per-document verdicts;
/// reported apart from the corpus, without goals.
/// </summary>
public sealed record GeneratedResults(
    int Seed,
    IReadOnlyList<string> HeldOutInvoiceLayouts,
    IReadOnlyList<string> HeldOutReceiptLayouts,
    IReadOnlyDictionary<string, SetResults> Sets,
    IReadOnlyList<DocumentScore> Documents)
{
    /// <summary>
    /// Of the e-invoices' values scored, how many the plugin says it took from the XML (fieldDetails source
    /// embedded-xml); null when no e-invoice was scored.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Tally? EInvoiceValuesFromXml { get; init; }

    public static GeneratedResults Of(int seed, AccuracyScore score) => new(
        seed,
        InvoiceLayouts.HeldOut.Select(l => l.Name).ToList(),
        ReceiptLayouts.HeldOut.Select(l => l.Name).ToList(),
        score.Sets.OrderBy(s => s.Folder, StringComparer.Ordinal)
            .ToDictionary(s => s.Folder, s => SetResults.Of(s)),
        score.Documents)
    {
        EInvoiceValuesFromXml = ValuesFromXml(score.Documents.Where(d => d.Set == GeneratedSets.EInvoices.Folder).ToList()),
    };

    private static Tally? ValuesFromXml(IReadOnlyList<DocumentScore> eInvoices)
    {
        var values = eInvoices.SelectMany(d => d.Fields).Where(f => f.Actual is not null && f.Metric != "items").ToList();
        return eInvoices.Count == 0 ? null : new Tally(values.Count(f => f.Source == Extractors.Results.ExtractedField.EmbeddedXml), values.Count);
    }

    public void PrintSummary(TextWriter output)
    {
        output.WriteLine($"generated invoices and receipts (seed {Seed}; held-out layouts {string.Join(", ", HeldOutInvoiceLayouts.Concat(HeldOutReceiptLayouts))}; no goals):");
        AccuracyResults.PrintSets(output, Sets, "  ");
        if (EInvoiceValuesFromXml is { } fromXml)
        {
            output.WriteLine($"  e-invoice values taken from the XML: {fromXml.Correct}/{fromXml.Total}");
        }
    }
}
