using System.Diagnostics;

namespace Intake.Bench.Webhooks;

/// <summary>Matches committed events with their arrivals at the receiver: how many came, and how long after their commit.</summary>
public sealed class Arrivals(WebhookReceiver receiver, IReadOnlyList<CommittedEvents> commits)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);

    public int Expected { get; } = commits.Sum(c => c.JobIds.Count);

    /// <summary>Returns once every event arrived, or at <paramref name="timeout"/>; true when all did.</summary>
    public async Task<bool> WaitForAllAsync(TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        var pending = commits.SelectMany(c => c.JobIds).ToList();
        while (waited.Elapsed < timeout)
        {
            // Arrivals are never forgotten, so only the ones still missing are looked at again.
            pending.RemoveAll(jobId => receiver.TryGetArrival(jobId, out _));
            if (pending.Count == 0)
            {
                return true;
            }

            await Task.Delay(PollEvery);
        }

        return false;
    }

    /// <summary>Commit-to-arrival of each event that arrived, in milliseconds, sorted.</summary>
    public double[] LatenciesMs() =>
        commits.SelectMany(c => c.JobIds.Select(jobId => receiver.TryGetArrival(jobId, out var arrivedAt)
                ? Stopwatch.GetElapsedTime(c.CommittedAt, arrivedAt).TotalMilliseconds
                : double.NaN))
            .Where(ms => !double.IsNaN(ms))
            .Order()
            .ToArray();

    /// <summary>When the last event arrived, in <see cref="Stopwatch"/> ticks (0 when none did).</summary>
    public long LastArrival() =>
        commits.SelectMany(c => c.JobIds).Select(jobId => receiver.TryGetArrival(jobId, out var at) ? at : 0).DefaultIfEmpty(0).Max();

    public LatencyFigures Latency()
    {
        var sorted = LatenciesMs();
        return new LatencyFigures(Expected, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
            sorted.Length == 0 ? null : Math.Round(sorted[^1], 1));
    }

    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}

/// <summary>Commit-to-arrival, in milliseconds, of the events that arrived.</summary>
public sealed record LatencyFigures(int Events, int Arrived, double? P50Ms, double? P95Ms, double? P99Ms, double? MaxMs);
