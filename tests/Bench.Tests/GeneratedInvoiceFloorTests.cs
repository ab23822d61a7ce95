using Intake.AppHost.Hosting;
using Intake.Bench.Accuracy;
using Intake.Bench.Accuracy.Generated;
using Intake.Bench.Accuracy.Scoring;

namespace Intake.Bench.Tests;

/// <summary>
/// The invoice plugin on generated invoices (seed 7, 33 invoices, three of each layout) as text
/// PDFs and as e-invoices, run as bench/Accuracy runs them (the scans are the benchmark's, too
/// slow here). Floors just under what the benchmark measured; they only move up.
/// </summary>
public sealed class GeneratedInvoiceFloorTests(GeneratedInvoiceFloorTests.GeneratedRun run) : IClassFixture<GeneratedInvoiceFloorTests.GeneratedRun>
{
    /// <summary>Measured on 2026-12-02 (correct/total in the comment).</summary>
    public static TheoryData<string, string, double> Floors { get; } = new()
    {
        // Tuned layouts: every field of the 21 was right, and the floors demand every tuned invoice right.
        { "generated-invoices-text-tuned", "invoiceNumber", 0.98 },
        { "generated-invoices-text-tuned", "invoiceDate", 0.98 },
        { "generated-invoices-text-tuned", "totalAmount", 0.98 },
        { "generated-invoices-text-tuned", "subtotal", 0.98 },
        { "generated-invoices-text-tuned", "taxAmount", 0.98 },
        { "generated-invoices-text-tuned", "vendorName", 0.98 },
        { "generated-invoices-text-tuned", "items", 0.98 },
        // Held-out layouts (invoice-ca, rechnung-ch, facture-be, credit-note-gb), measured blind.
        { "generated-invoices-text-heldout", "invoiceNumber", 0.98 },   // 12/12
        { "generated-invoices-text-heldout", "invoiceDate", 0.98 },     // 12/12
        { "generated-invoices-text-heldout", "totalAmount", 0.73 },     // 9/12
        { "generated-invoices-text-heldout", "taxAmount", 0.73 },       // 9/12
        { "generated-invoices-text-heldout", "vendorName", 0.98 },      // 12/12
        { "generated-invoices-text-heldout", "items", 0.81 },           // 10/12
        // The embedded XML is exact: every value of every layout.
        { "generated-einvoices", "invoiceNumber", 0.98 },
        { "generated-einvoices", "totalAmount", 0.98 },
        { "generated-einvoices", "taxAmount", 0.98 },
        { "generated-einvoices", "items", 0.98 },
    };

    [Theory(Timeout = 1_200_000)]
    [MemberData(nameof(Floors))]
    public async Task A_field_stays_at_or_above_its_floor(string set, string metric, double floor)
    {
        var score = await run.ScoreAsync();

        FloorAssert.AtOrAbove(score, set, metric, floor);
    }

    /// <summary>One generation and one pass for all the floors.</summary>
    public sealed class GeneratedRun : IDisposable
    {
        /// <summary>The floors' run, pinned: three invoices of each of the eleven layouts, seed 7, no receipts, no scans.</summary>
        private static readonly BenchmarkOptions TextOnly = new()
        {
            GeneratedInvoices = 33,
            GeneratedReceipts = 0,
            GeneratedSeed = 7,
            GeneratedRenderings = new HashSet<GeneratedRendering> { GeneratedRendering.Text },
        };
        private readonly ProductionExtraction _production = new(new BenchmarkOptions { Plugins = Path.Combine(RepositoryRoot.Find(), "plugins") });
        private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("intake-floor-generated-");
        private readonly Lazy<Task<AccuracyScore>> _score;

        public GeneratedRun() => _score = new(RunAsync);

        public Task<AccuracyScore> ScoreAsync() => _score.Value;

        private async Task<AccuracyScore> RunAsync()
        {
            var documents = await GeneratedSets.GenerateAsync(_scratch.FullName, TextOnly, CancellationToken.None);
            return AccuracyScore.Of(await new CorpusRunner(_production).RunAsync(documents, CancellationToken.None));
        }

        public void Dispose()
        {
            _production.Dispose();
            _scratch.Delete(recursive: true);
        }
    }
}
