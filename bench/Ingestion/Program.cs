namespace Intake.Bench.Ingestion;

// A named class, not top-level statements: those would make a second global Program beside the AppHost's.
public static class IngestionBenchmark
{
    public static async Task Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        await using var intake = await IntakeSession.StartAsync(options.AppHostArgs);

        var throughput = new ProcessorThroughput(intake);
        var pdf = await throughput.MeasureAsync(DocumentSet.Pdfs(options.Pdfs));
        var image = await throughput.MeasureAsync(DocumentSet.Images(options.Images));
        var uploads = await new UploadLoad(intake).MeasureAsync(options.Uploads, options.Concurrencies);

        var results = IngestionResults.Create(pdf, image, uploads);
        await results.WriteAsync(Path.Combine(Corpus.RepositoryRoot, "bench", "results", "ingestion.json"));
        results.PrintSummary(Console.Out);
    }
}
