using System.Diagnostics;
using Dapper;
using Intake.Bench.Ingestion;

namespace Intake.Bench.Webhooks;

/// <summary>
/// Measurement (a): N events committed as fast as one writer can, in transactions of 100 with
/// one wake-up each; deliveries per second from the first commit to the N-th arrival. Then
/// the durable side: every delivery 'succeeded' and one attempt row each in notifier.delivery_attempts.
/// </summary>
public sealed class SustainedLoad(IntakeSession intake, OutboxEvents outbox, WebhookReceiver receiver, Guid subscriptionId)
{
    private static readonly TimeSpan RecordedWithin = TimeSpan.FromSeconds(60);

    public async Task<SustainedResult> MeasureAsync(int events, int eventsPerTransaction)
    {
        Console.WriteLine($"sustained: {events} events in transactions of {eventsPerTransaction}");
        var cpu = new ResourceCpu(intake.App);
        var timeline = new DeliveryTimeline(intake);
        var updatesBefore = await timeline.DeliveryUpdatesAsync();
        var cpuBefore = cpu.Read();
        await using var postgres = PostgresActivity.Start(intake.Database);
        var commits = new List<CommittedEvents>();
        for (var sent = 0; sent < events; sent += eventsPerTransaction)
        {
            commits.Add(await outbox.CommitAsync(Math.Min(eventsPerTransaction, events - sent)));
        }

        var lastCommit = Stopwatch.GetTimestamp();
        var arrivals = new Arrivals(receiver, commits);
        // At least 100/s, far below any useful rate: a stall ends the phase rather than the run.
        var complete = await arrivals.WaitForAllAsync(TimeSpan.FromSeconds(Math.Max(60, events / 100)));
        var cpuUsed = ResourceCpu.Between(cpuBefore, cpu.Read());
        var profile = await postgres.StopAsync();
        var firstCommit = commits[0].CommittedAt;
        var elapsed = Stopwatch.GetElapsedTime(firstCommit, arrivals.LastArrival());
        var latency = arrivals.Latency();
        Console.WriteLine($"sustained: {latency.Arrived}/{events} arrived in {elapsed.TotalSeconds:0.0} s; checking the records");

        var recorded = Stopwatch.StartNew();
        var records = await WaitForRecordsAsync(outbox.Committed);
        var recordedAfter = recorded.Elapsed;
        // The statistics collector flushes about once a second.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var breakdown = await timeline.ReadAsync(commits, await timeline.DeliveryUpdatesAsync() - updatesBefore);
        return new SustainedResult(events, eventsPerTransaction, complete, Stopwatch.GetElapsedTime(firstCommit, lastCommit), elapsed, latency,
            records, recordedAfter, receiver.Duplicates, breakdown, profile, cpuUsed);
    }

    /// <summary>Polls until every delivery of the subscription so far (warm-up included) is final with its attempt recorded.</summary>
    private async Task<DeliveryRecords> WaitForRecordsAsync(long expected)
    {
        var waited = Stopwatch.StartNew();
        DeliveryRecords records;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            await using var connection = await intake.Database.OpenConnectionAsync();
            records = await connection.QuerySingleAsync<DeliveryRecords>("""
                select count(*) as deliveries,
                       count(*) filter (where d.status = 'succeeded') as succeeded,
                       coalesce(sum(a.attempts), 0)::bigint as attempts,
                       count(*) filter (where a.attempts = 1) as withoneattempt
                from notifier.deliveries d
                left join lateral (select count(*) as attempts from notifier.delivery_attempts where delivery_id = d.id) a on true
                where d.organization_id = @OrganizationId and d.subscription_id = @subscriptionId
                """, new { intake.OrganizationId, subscriptionId });
        }
        while ((records.Succeeded < expected || records.Attempts < expected) && waited.Elapsed < RecordedWithin);

        return records with { Expected = expected };
    }
}

/// <summary>The subscription's rows in notifier.deliveries and notifier.delivery_attempts, against the events committed (warm-up included).</summary>
public sealed record DeliveryRecords(long Deliveries, long Succeeded, long Attempts, long WithOneAttempt)
{
    public long Expected { get; init; }

    public bool Complete => Deliveries == Expected && Succeeded == Expected && Attempts == Expected;
}

/// <param name="Committing">First commit to last: how fast the one writer went.</param>
/// <param name="Elapsed">First commit to the last arrival.</param>
/// <param name="RecordedAfter">How long after the last arrival the database showed every delivery final.</param>
public sealed record SustainedResult(
    int Events, int EventsPerTransaction, bool AllArrived, TimeSpan Committing, TimeSpan Elapsed, LatencyFigures Latency,
    DeliveryRecords Records, TimeSpan RecordedAfter, long Duplicates, TimelineFigures Breakdown, PostgresProfile Postgres, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public double DeliveriesPerSecond => Latency.Arrived / Elapsed.TotalSeconds;

    public double CommitsPerSecond => Events / Math.Max(Committing.TotalSeconds, 1e-3);
}
