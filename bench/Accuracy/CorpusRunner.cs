using System.Collections.Concurrent;
using System.Diagnostics;
using Intake.Bench.Accuracy.Scoring;
using Intake.Extractors;
using Intake.Extractors.Text;

namespace Intake.Bench.Accuracy;

/// <summary>
/// Puts each document through what the Processor does before indexing: its text read by the
/// SDK's <see cref="DocumentTextReader"/> with the Processor's limits, then classification and
/// extraction by the <see cref="Processor.Extraction.ExtractionHost"/>; as many documents at
/// once as one Processor works on (<c>Jobs:Concurrency</c>).
/// </summary>
public sealed class CorpusRunner(ProductionExtraction production)
{
    public async Task<IReadOnlyList<(CorpusDocument Document, DocumentObservation Observation)>> RunAsync(
        IReadOnlyList<CorpusDocument> documents, CancellationToken cancellationToken)
    {
        var observations = new ConcurrentDictionary<CorpusDocument, DocumentObservation>();
        var done = 0;
        await Parallel.ForEachAsync(documents,
            new ParallelOptions { MaxDegreeOfParallelism = production.Jobs.Concurrency, CancellationToken = cancellationToken },
            async (document, token) =>
            {
                observations[document] = await ObserveAsync(document, token);
                if (Interlocked.Increment(ref done) % 20 == 0)
                {
                    Console.WriteLine($"  {done}/{documents.Count} documents");
                }
            });
        return documents.Select(d => (d, observations[d])).ToList();
    }

    private async Task<DocumentObservation> ObserveAsync(CorpusDocument document, CancellationToken cancellationToken)
    {
        // As DocumentPipeline builds them: the Jobs limits, every other setting the SDK's default.
        var limits = new TextAcquisitionOptions { MaxPages = production.Jobs.MaxPages, ToolTimeLimit = production.Jobs.ToolTimeLimit, OcrLanguages = production.Jobs.OcrLanguages };
        var clock = Stopwatch.StartNew();
        Extractors.Content.DocumentContent content;
        try
        {
            content = await DocumentTextReader.ReadAsync(document.Path, limits, cancellationToken);
        }
        catch (TextAcquisitionException ex)
        {
            return DocumentObservation.Unclassified with { TextError = ex.Code, TextTime = clock.Elapsed };
        }

        var textTime = clock.Elapsed;
        clock.Restart();
        var outcome = await production.Host.RunAsync(content, null, new ExtractionContext { FileName = Path.GetFileName(document.Path) }, cancellationToken);
        return new DocumentObservation(outcome.DocumentType, outcome.Score, outcome.Scores)
        {
            Fields = outcome.Result?.Fields ?? new Dictionary<string, Extractors.Results.ExtractedField>(),
            TableRows = outcome.Result?.Tables.ToDictionary(t => t.Key, t => t.Value.Rows.Count) ?? [],
            Tables = outcome.Result?.Tables ?? new Dictionary<string, Extractors.Results.ExtractedTable>(),
            ExtractionError = outcome.Error?.Code,
            Text = content.Text,
            TextTime = textTime,
            ExtractionTime = clock.Elapsed,
        };
    }
}
