using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Bench.Ingestion;

namespace Intake.Bench.Webhooks;

/// <summary>One run's figures as written to bench/results/webhooks.json, and their summary for people.</summary>
public sealed record WebhooksResults(Machine Machine, DateTimeOffset Date, SustainedFigures Sustained, IReadOnlyList<SteadyFigures> Steady, BareFigures Bare, Goals Goals)
{
    // The targets of the webhook path, on this machine.
    private const double DeliveriesPerSecondGoal = 1_500;
    private const int LatencyGoalRate = 200;
    private const double P99MsGoal = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static WebhooksResults Create(SustainedResult sustained, IReadOnlyList<SteadyResult> steady, BareResult bare)
    {
        var atGoalRate = steady.FirstOrDefault(s => s.TargetPerSecond == LatencyGoalRate);
        var sustainedRate = Round(sustained.DeliveriesPerSecond);
        return new WebhooksResults(
            new Machine(Environment.ProcessorCount, RuntimeInformation.OSDescription),
            DateTimeOffset.UtcNow,
            SustainedFigures.From(sustained),
            steady.Select(SteadyFigures.From).ToList(),
            BareFigures.From(bare),
            new Goals(
                new Goal($"at least {DeliveriesPerSecondGoal:0} deliveries/s sustained", DeliveriesPerSecondGoal, sustainedRate,
                    sustained.AllArrived && sustainedRate >= DeliveriesPerSecondGoal),
                new Goal($"p99 commit-to-arrival below {P99MsGoal:0} ms at {LatencyGoalRate} events/s", P99MsGoal, atGoalRate?.Latency.P99Ms,
                    atGoalRate is { Latency: { P99Ms: < P99MsGoal } latency } && latency.Arrived == latency.Events)));
    }

    public async Task WriteAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json));
        Console.WriteLine($"wrote {path}");
    }

    public void PrintSummary(TextWriter output)
    {
        var s = Sustained;
        output.WriteLine($"sustained {s.DeliveriesPerSecond,7:0} deliveries/s: {s.Latency.Arrived}/{s.Events} arrived in {s.Seconds:0.0} s "
            + $"(committed at {s.CommitsPerSecond:0}/s); p50 {s.Latency.P50Ms} ms, p99 {s.Latency.P99Ms} ms");
        output.WriteLine($"          records: {s.Records.Succeeded}/{s.Records.Expected} deliveries succeeded, {s.Records.Attempts} attempts, "
            + $"{(s.Records.Complete ? "complete" : "INCOMPLETE")} {s.RecordedAfterSeconds:0.0} s after the last arrival; {s.Duplicates} duplicates");
        output.WriteLine($"          {Legs(s.Breakdown)}");
        output.WriteLine($"          {Cpu(s.CpuSeconds)}");
        foreach (var steady in Steady)
        {
            output.WriteLine($"steady {steady.TargetPerSecond,5}/s (achieved {steady.AchievedPerSecond:0}/s): {steady.Latency.Arrived}/{steady.Latency.Events} arrived, "
                + $"p50 {steady.Latency.P50Ms} ms, p95 {steady.Latency.P95Ms} ms, p99 {steady.Latency.P99Ms} ms, max {steady.Latency.MaxMs} ms");
            output.WriteLine($"          {Legs(steady.Breakdown)}");
            output.WriteLine($"          {Cpu(steady.CpuSeconds)}");
        }

        output.WriteLine($"bare HttpClient, {Bare.Concurrency} in flight: {Bare.PerSecond:0} requests/s ({Bare.Failed} failed); {Cpu(Bare.CpuSeconds)}");
        foreach (var goal in new[] { Goals.DeliveriesPerSecond, Goals.P99At200PerSecond })
        {
            output.WriteLine($"goal {goal.Name}: {goal.Actual?.ToString() ?? "none"} {(goal.Met ? "met" : "MISSED")}");
        }
    }

    private static string Legs(TimelineFigures t) =>
        $"legs p50/p99 ms: fan-out {t.FanOutP50Ms}/{t.FanOutP99Ms}, queued {t.QueuedP50Ms}/{t.QueuedP99Ms}, recorded {t.RecordedP50Ms}/{t.RecordedP99Ms}; "
        + $"{t.DeliveriesPerFanout} deliveries per fan-out, {t.UpdatesPerDelivery} updates per delivery";

    private static string Cpu(IReadOnlyDictionary<string, double> seconds) =>
        "CPU s: " + string.Join(", ", seconds.Where(s => s.Value >= 0.05).OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value:0.0}"))
        + (seconds.GetValueOrDefault(ResourceCpu.Outside) > 0.1 * seconds.Values.Sum() ? " (busy machine: figures unreliable)" : "");

    internal static double Round(double value) => Math.Round(value, 1);
}

public sealed record Machine(int Cores, string Os);

public sealed record SustainedFigures(
    int Events, int EventsPerTransaction, bool AllArrived, double Seconds, double DeliveriesPerSecond, double CommitsPerSecond,
    LatencyFigures Latency, DeliveryRecords Records, double RecordedAfterSeconds, long Duplicates, TimelineFigures Breakdown, PostgresProfile Postgres, IReadOnlyDictionary<string, double> CpuSeconds)
{
    [JsonPropertyOrder(-1)]
    public string TimedFrom => "seconds: from the first transaction's commit to the last event's arrival at the receiver; "
        + "records: the subscription's rows (warm-up included) once every delivery was final, polled after the last arrival";

    public static SustainedFigures From(SustainedResult r) => new(
        r.Events, r.EventsPerTransaction, r.AllArrived, Math.Round(r.Elapsed.TotalSeconds, 3), WebhooksResults.Round(r.DeliveriesPerSecond),
        WebhooksResults.Round(r.CommitsPerSecond), r.Latency, r.Records, Math.Round(r.RecordedAfter.TotalSeconds, 2), r.Duplicates, r.Breakdown, r.Postgres, r.CpuSeconds);
}

public sealed record SteadyFigures(
    int TargetPerSecond, double AchievedPerSecond, int Events, double Seconds, LatencyFigures Latency, TimelineFigures Breakdown, PostgresProfile Postgres, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public static SteadyFigures From(SteadyResult r) => new(
        r.TargetPerSecond, WebhooksResults.Round(r.AchievedPerSecond), r.Events, Math.Round(r.Committing.TotalSeconds, 3), r.Latency, r.Breakdown, r.Postgres, r.CpuSeconds);
}

public sealed record BareFigures(int Concurrency, int Requests, int Failed, double Seconds, double PerSecond, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public static BareFigures From(BareResult r) =>
        new(r.Concurrency, r.Requests, r.Failed, Math.Round(r.Elapsed.TotalSeconds, 3), WebhooksResults.Round(r.PerSecond), r.CpuSeconds);
}

public sealed record Goals(Goal DeliveriesPerSecond, Goal P99At200PerSecond)
{
    public bool Met => DeliveriesPerSecond.Met && P99At200PerSecond.Met;
}

public sealed record Goal(string Name, double Target, double? Actual, bool Met);
