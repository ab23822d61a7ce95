using System.Diagnostics;
using Intake.Extractors;
using Intake.Extractors.Content;

namespace Intake.Bench.PluginSpeed;

/// <summary>Milliseconds per document for one plugin, corpus folder and operation.</summary>
public sealed record Timing(string Plugin, string Folder, string Operation, int Documents, int Calls, double MeanMs, double P95Ms);

/// <summary>
/// Times each plugin on each folder's documents as the Processor calls it: <c>Classify</c> on every
/// document, and on the plugin's own folder <c>Extract</c> right after <c>Classify</c> on the same
/// content (so a plugin that reuses its classification's analysis gets the credit it would get in
/// production). Every repetition hands the plugins a fresh copy of the content, so nothing cached
/// for one content instance survives into the next repetition.
/// </summary>
public sealed class SpeedRun(IReadOnlyList<CorpusDocument> documents, int minRepetitions, TimeSpan budgetPerFolder)
{
    public IReadOnlyList<Timing> Measure(IDocumentExtractor plugin, string? ownFolder)
    {
        var timings = new List<Timing>();
        foreach (var folder in documents.Select(d => d.Folder).Distinct())
        {
            var inFolder = documents.Where(d => d.Folder == folder).ToList();
            var extracts = folder == ownFolder;
            var (classify, extract, both) = (new List<double>(), new List<double>(), new List<double>());
            RunOnce(plugin, inFolder, extracts, null, null, null);
            var clock = Stopwatch.StartNew();
            for (var repetition = 0; repetition < minRepetitions || clock.Elapsed < budgetPerFolder; repetition++)
            {
                RunOnce(plugin, inFolder, extracts, classify, extract, both);
            }

            timings.Add(Summarise(plugin, folder, "classify", inFolder.Count, classify));
            if (extracts)
            {
                timings.Add(Summarise(plugin, folder, "extract", inFolder.Count, extract));
                timings.Add(Summarise(plugin, folder, "classify+extract", inFolder.Count, both));
            }
        }

        return timings;
    }

    private static void RunOnce(IDocumentExtractor plugin, List<CorpusDocument> inFolder, bool extracts, List<double>? classify, List<double>? extract, List<double>? both)
    {
        foreach (var document in inFolder)
        {
            var content = FreshCopy(document.Content);
            var context = new ExtractionContext { FileName = document.Name };
            var start = Stopwatch.GetTimestamp();
            plugin.Classify(content);
            var classified = Stopwatch.GetTimestamp();
            if (extracts)
            {
                plugin.Extract(content, context);
            }

            var end = Stopwatch.GetTimestamp();
            classify?.Add(Stopwatch.GetElapsedTime(start, classified).TotalMilliseconds);
            if (extracts)
            {
                extract?.Add(Stopwatch.GetElapsedTime(classified, end).TotalMilliseconds);
                both?.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
        }
    }

    private static DocumentContent FreshCopy(DocumentContent content) =>
        new(content.Pages.Select(p => p with { Lines = p.Lines.Select(l => new Line(l.Words.ToList())).ToList() }).ToList());

    private static Timing Summarise(IDocumentExtractor plugin, string folder, string operation, int documents, List<double> samples)
    {
        samples.Sort();
        var p95 = samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(0.95 * samples.Count) - 1)];
        return new Timing(plugin.DocumentType, folder, operation, documents, samples.Count, Math.Round(samples.Average(), 3), Math.Round(p95, 3));
    }
}
