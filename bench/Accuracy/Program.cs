using System.Diagnostics;
using Intake.AppHost.Hosting;
using Intake.Bench.Accuracy.Generated;
using Intake.Bench.Accuracy.Scoring;
using Intake.Bench.Accuracy.Statements;

namespace Intake.Bench.Accuracy;

// A named class, not top-level statements: those would make a second global Program beside the AppHost's.
public static class AccuracyBenchmark
{
    public static async Task Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        var root = RepositoryRoot.Find();
        var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        using var production = new ProductionExtraction(options);
        var runner = new CorpusRunner(production);

        var runs = new List<(CorpusDocument Document, DocumentObservation Observation)>();
        var timings = new List<SetTiming>();
        var wall = Stopwatch.StartNew();
        foreach (var set in CorpusSet.All.Where(s => options.Sets?.Contains(s.Folder) ?? true))
        {
            var documents = set.Load(corpus).Take(options.PerSet ?? int.MaxValue).ToList();
            Console.WriteLine($"{set.Folder}: {documents.Count} documents");
            var clock = Stopwatch.StartNew();
            var observed = await runner.RunAsync(documents, CancellationToken.None);
            timings.Add(SetTiming.Of(set.Folder, observed.Select(o => o.Observation).ToList(), clock.Elapsed));
            runs.AddRange(observed);
        }

        if (options.Sets?.Contains(StatementSets.Name) ?? true)
        {
            var scratch = Directory.CreateTempSubdirectory("intake-statements-");
            try
            {
                var documents = await StatementSets.GenerateAsync(scratch.FullName, options, CancellationToken.None);
                Console.WriteLine($"{StatementSets.Name}: {documents.Count} documents generated (seed {options.StatementSeed})");
                var clock = Stopwatch.StartNew();
                var observed = await runner.RunAsync(documents, CancellationToken.None);
                timings.Add(SetTiming.Of(StatementSets.Name, observed.Select(o => o.Observation).ToList(), clock.Elapsed));
                runs.AddRange(observed);
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }

        // Generated invoices and receipts are scored apart, so they move neither the corpus figures nor the goals.
        var generated = new List<(CorpusDocument Document, DocumentObservation Observation)>();
        if (options.Sets?.Contains(GeneratedSets.Name) ?? true)
        {
            var scratch = Directory.CreateTempSubdirectory("intake-generated-");
            try
            {
                var documents = await GeneratedSets.GenerateAsync(scratch.FullName, options, CancellationToken.None);
                Console.WriteLine($"{GeneratedSets.Name}: {documents.Count} documents generated (seed {options.GeneratedSeed})");
                var clock = Stopwatch.StartNew();
                generated.AddRange(await runner.RunAsync(documents, CancellationToken.None));
                timings.Add(SetTiming.Of(GeneratedSets.Name, generated.Select(o => o.Observation).ToList(), clock.Elapsed));
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }

        var statements = StatementResults.Of(options.StatementSeed, runs);
        var results = AccuracyResults.Create(options, production.Catalog, AccuracyScore.Of(runs), statements, timings, wall.Elapsed,
            generated.Count == 0 ? null : AccuracyScore.Of(generated));
        await results.WriteAsync(Path.Combine(root, "bench", "results", "accuracy.json"));
        results.PrintSummary(Console.Out);
    }
}
