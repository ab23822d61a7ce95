using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Bench.Ingestion;

/// <summary>One run's figures as written to bench/results/ingestion.json, and their summary for people.</summary>
public sealed record IngestionResults(Machine Machine, DateTimeOffset Date, Throughput Throughput, IReadOnlyList<UploadFigures> Uploads, Goals Goals)
{
    // The targets of DESIGN.md's ingestion path, on this machine.
    private const double PdfRatioGoal = 0.70;
    private const double ImageRatioGoal = 0.90;
    private const double UploadsPerSecondGoal = 300;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Read by people too: keep apostrophes and the like as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IngestionResults Create(ThroughputResult pdf, ThroughputResult image, IReadOnlyList<UploadResult> uploads)
    {
        var bestUploads = uploads.Count == 0 ? 0 : uploads.Max(u => u.PerSecond);
        return new IngestionResults(
            new Machine(Environment.ProcessorCount, RuntimeInformation.OSDescription),
            DateTimeOffset.UtcNow,
            new Throughput(ThroughputFigures.From(pdf), ThroughputFigures.From(image)),
            uploads.Select(UploadFigures.From).ToList(),
            new Goals(
                new Goal(PdfRatioGoal, Round(pdf.Ratio)),
                new Goal(ImageRatioGoal, Round(image.Ratio)),
                new Goal(UploadsPerSecondGoal, Round(bestUploads))));
    }

    public async Task WriteAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json));
        Console.WriteLine($"wrote {Path.GetRelativePath(Corpus.RepositoryRoot, path)}");
    }

    public void PrintSummary(TextWriter output)
    {
        foreach (var (name, set, goal) in new[] { ("PDFs", Throughput.Pdf, Goals.PdfRatio), ("images", Throughput.Image, Goals.ImageRatio) })
        {
            output.WriteLine($"{name,-7} Processor {set.ProcessorDocsPerSecond,6:0.00} docs/s, bare {set.BareDocsPerSecond,6:0.00} docs/s: "
                + $"{set.Ratio:P1} of bare (goal {goal.Target:P0}) {Verdict(goal)}, {set.Failed} failed");
            if (set.SecondHalfDocsPerSecond is { } warm)
            {
                output.WriteLine($"        second half (warm) {warm,6:0.00} docs/s: {set.SecondHalfRatio:P1} of bare");
            }

            output.WriteLine($"        one document {set.ProcessorMeanDocumentMs:0} ms in the Processor, {set.BareMeanRunMs:0} ms bare "
                + $"(bare passes {string.Join(" and ", (set.BarePassSeconds ?? [set.BareSeconds]).Select(p => $"{p:0.00} s"))}); {Cpu(set.CpuSeconds)}");
        }

        foreach (var upload in Uploads)
        {
            output.WriteLine($"uploads {upload.Concurrency,3} clients: {upload.PerSecond,6:0.0}/s accepted {upload.Accepted}/{upload.Requests}, "
                + $"p50 {upload.P50Ms:0} ms, p95 {upload.P95Ms:0} ms, p99 {upload.P99Ms:0} ms");
            output.WriteLine($"        {Cpu(upload.CpuSeconds)}");
        }

        output.WriteLine($"uploads best {Goals.UploadsPerSecond.Actual:0.0}/s (goal {Goals.UploadsPerSecond.Target:0}/s) {Verdict(Goals.UploadsPerSecond)}");
    }

    private static string Verdict(Goal goal) => goal.Met ? "met" : "MISSED";

    private static string Cpu(IReadOnlyDictionary<string, double> seconds) =>
        "CPU s: " + string.Join(", ", seconds.Where(s => s.Value >= 0.05).OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value:0.0}"))
        + (seconds.GetValueOrDefault(ResourceCpu.Outside) > 0.1 * seconds.Values.Sum() ? " (busy machine: figures unreliable)" : "");

    internal static double Round(double value) => Math.Round(value, 3);
}

public sealed record Machine(int Cores, string Os);

public sealed record Throughput(ThroughputFigures Pdf, ThroughputFigures Image)
{
    [JsonPropertyOrder(-1)]
    public string TimedFrom => "processorSeconds: from the first document's start (its updated_at less its processing_time_ms) "
        + "to the last document's final updated_at; processorSecondsSinceHealthy: from StartResourceAsync's return (the Processor "
        + "healthy) to the last document's final updated_at, which can be shorter, since work starts before the health check passes; "
        + "secondHalfDocsPerSecond: the later half of the documents over the time from the moment the earlier half was finished to the end "
        + "(the Processor's pace once its code is compiled; the goal is judged on the whole run); bareSeconds: the mean of barePassSeconds, "
        + "the bare tool's pass before the Processor ran and its pass after; settledSecondsBeforeStart: after the uploads, the wait for the application to go quiet (the Api's tiered JIT) before the Processor starts";
}

public sealed record ThroughputFigures(
    int Documents, int Workers, double ProcessorSeconds, double ProcessorSecondsSinceHealthy, double ProcessorDocsPerSecond,
    double? SecondHalfDocsPerSecond, double? SecondHalfRatio, double BareSeconds, IReadOnlyList<double>? BarePassSeconds, double BareDocsPerSecond, double Ratio, int Failed, IReadOnlyDictionary<string, int> Failures,
    double ProcessorMeanDocumentMs, double BareMeanRunMs, IReadOnlyDictionary<string, double> CpuSeconds, double SettledSecondsBeforeStart)
{
    public static ThroughputFigures From(ThroughputResult result) => new(
        result.Documents,
        result.Workers,
        IngestionResults.Round(result.Processor.TotalSeconds),
        IngestionResults.Round(result.SinceHealthy.TotalSeconds),
        IngestionResults.Round(result.ProcessorDocsPerSecond),
        result.SecondHalfDocsPerSecond is { } warm ? IngestionResults.Round(warm) : null,
        result.SecondHalfRatio is { } warmRatio ? IngestionResults.Round(warmRatio) : null,
        IngestionResults.Round(result.Bare.Elapsed.TotalSeconds),
        result.Bare.Passes?.Select(p => IngestionResults.Round(p.TotalSeconds)).ToList(),
        IngestionResults.Round(result.BareDocsPerSecond),
        IngestionResults.Round(result.Ratio),
        result.Failed,
        result.Failures,
        Math.Round(result.MeanDocument.TotalMilliseconds, 1),
        Math.Round(result.Bare.MeanRun.TotalMilliseconds, 1),
        result.CpuSeconds,
        IngestionResults.Round(result.Settled.TotalSeconds));
}

public sealed record UploadFigures(
    int Concurrency, int Requests, int Accepted, double Seconds, double PerSecond, double? P50Ms, double? P95Ms, double? P99Ms,
    IReadOnlyDictionary<string, int> Refused, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public static UploadFigures From(UploadResult result) => new(
        result.Concurrency, result.Requests, result.Accepted, IngestionResults.Round(result.Elapsed.TotalSeconds), IngestionResults.Round(result.PerSecond),
        Round(result.P50Ms), Round(result.P95Ms), Round(result.P99Ms), result.Refused, result.CpuSeconds);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <param name="PdfRatio">Processor docs/s over bare pdftotext's, on text PDFs.</param>
/// <param name="ImageRatio">Processor docs/s over bare tesseract's, on receipt photos.</param>
/// <param name="UploadsPerSecond">Accepted ~50 KB uploads per second, best concurrency.</param>
public sealed record Goals(Goal PdfRatio, Goal ImageRatio, Goal UploadsPerSecond)
{
    public bool Met => PdfRatio.Met && ImageRatio.Met && UploadsPerSecond.Met;
}

public sealed record Goal(double Target, double Actual)
{
    public bool Met => Actual >= Target;
}
