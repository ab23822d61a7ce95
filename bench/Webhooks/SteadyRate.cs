using System.Diagnostics;
using System.Threading.Channels;
using Intake.Bench.Ingestion;

namespace Intake.Bench.Webhooks;

/// <summary>
/// Measurement (b): events at a steady rate, one per transaction, for a number of seconds:
/// commit-to-arrival latency. A pacer hands out one ticket per event when it falls due (a
/// token bucket driven by a 1 ms timer); a few writers commit them, so one slow commit does
/// not hold up the next.
/// </summary>
public sealed class SteadyRate(IntakeSession intake, OutboxEvents outbox, WebhookReceiver receiver)
{
    private const int Writers = 8;

    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(60);

    public async Task<SteadyResult> MeasureAsync(int rate, int seconds)
    {
        var total = rate * seconds;
        Console.WriteLine($"steady: {rate} events/s for {seconds} s");
        var cpu = new ResourceCpu(intake.App);
        var timeline = new DeliveryTimeline(intake);
        var updatesBefore = await timeline.DeliveryUpdatesAsync();
        var cpuBefore = cpu.Read();
        await using var postgres = PostgresActivity.Start(intake.Database);
        var tickets = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });
        var commits = new List<CommittedEvents>(total);
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await foreach (var _ in tickets.Reader.ReadAllAsync())
            {
                var committed = await outbox.CommitAsync(1);
                lock (commits)
                {
                    commits.Add(committed);
                }
            }
        })).ToList();

        var clock = Stopwatch.StartNew();
        using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1)))
        {
            for (var issued = 0; issued < total; await timer.WaitForNextTickAsync())
            {
                var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
                for (; issued < due; issued++)
                {
                    tickets.Writer.TryWrite(issued);
                }
            }
        }

        tickets.Writer.Complete();
        await Task.WhenAll(writers);
        var committing = clock.Elapsed;
        var arrivals = new Arrivals(receiver, commits);
        await arrivals.WaitForAllAsync(ArrivalTimeout);
        var cpuUsed = ResourceCpu.Between(cpuBefore, cpu.Read());
        var profile = await postgres.StopAsync();
        // Completions are recorded after the arrival, and the statistics collector flushes about once a second.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var breakdown = await timeline.ReadAsync(commits, await timeline.DeliveryUpdatesAsync() - updatesBefore);
        var result = new SteadyResult(rate, total, committing, arrivals.Latency(), breakdown, profile, cpuUsed);
        Console.WriteLine($"steady: {result.AchievedPerSecond:0} events/s committed, p99 {result.Latency.P99Ms} ms");
        return result;
    }
}

/// <param name="Committing">From the first ticket to the last commit.</param>
public sealed record SteadyResult(int TargetPerSecond, int Events, TimeSpan Committing, LatencyFigures Latency, TimelineFigures Breakdown, PostgresProfile Postgres, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public double AchievedPerSecond => Events / Committing.TotalSeconds;
}
