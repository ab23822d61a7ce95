using Intake.Bench.Accuracy.Scoring;
using Intake.Tools.Generator.Invoices;
using Intake.Tools.Generator.Receipts;

namespace Intake.Bench.Accuracy.Generated;

/// <summary>The generated invoices' and receipts' figures per set, and their per-document verdicts; reported apart from the corpus, without goals.</summary>
public sealed record GeneratedResults(
    int Seed,
    IReadOnlyList<string> HeldOutInvoiceLayouts,
    IReadOnlyList<string> HeldOutReceiptLayouts,
    IReadOnlyDictionary<string, SetResults> Sets,
    IReadOnlyList<DocumentScore> Documents)
{
    public static GeneratedResults Of(int seed, AccuracyScore score) => new(
        seed,
        InvoiceLayouts.HeldOut.Select(l => l.Name).ToList(),
        ReceiptLayouts.HeldOut.Select(l => l.Name).ToList(),
        score.Sets.OrderBy(s => s.Folder, StringComparer.Ordinal)
            .ToDictionary(s => s.Folder, s => SetResults.Of(s)),
        score.Documents);

    public void PrintSummary(TextWriter output)
    {
        output.WriteLine($"generated invoices and receipts (seed {Seed}; held-out layouts {string.Join(", ", HeldOutInvoiceLayouts.Concat(HeldOutReceiptLayouts))}; no goals):");
        AccuracyResults.PrintSets(output, Sets, "  ");
    }
}
