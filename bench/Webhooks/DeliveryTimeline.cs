using Dapper;
using Intake.Bench.Ingestion;

namespace Intake.Bench.Webhooks;

/// <summary>
/// Where a phase's time went, from the rows themselves: the outbox row's <c>created_at</c>
/// (just before its transaction committed) to its delivery's <c>created_at</c> (fan-out), to
/// the first attempt (waiting to be claimed and sent), to <c>completed_at</c> (recording it);
/// and how often each delivery row was updated (a claim and a completion are 2; more means
/// deliveries were put back unattempted).
/// </summary>
public sealed class DeliveryTimeline(IntakeSession intake)
{
    /// <summary>Row updates of notifier.deliveries so far; the statistics lag a moment behind.</summary>
    public async Task<long> DeliveryUpdatesAsync()
    {
        await using var connection = await intake.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select n_tup_upd from pg_stat_user_tables where relid = 'notifier.deliveries'::regclass");
    }

    public async Task<TimelineFigures> ReadAsync(IEnumerable<CommittedEvents> commits, long updates)
    {
        await using var connection = await intake.Database.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<TimelineRow>("""
            with d as (
                select extract(epoch from d.created_at - o.created_at) * 1000 as fan_out,
                       extract(epoch from a.attempted_at - d.created_at) * 1000 as queued,
                       extract(epoch from d.completed_at - a.attempted_at) * 1000 as recorded,
                       d.created_at as dispatched_at
                from intake.outbox_events o
                join notifier.deliveries d on d.event_id = o.id
                join notifier.delivery_attempts a on a.delivery_id = d.id and a.attempt = 1
                where o.organization_id = @OrganizationId and o.payload->>'jobId' = any(@jobIds))
            select count(*) as deliveries, count(distinct dispatched_at) as fanouts,
                   percentile_cont(0.5) within group (order by fan_out) as fanoutp50, percentile_cont(0.99) within group (order by fan_out) as fanoutp99,
                   percentile_cont(0.5) within group (order by queued) as queuedp50, percentile_cont(0.99) within group (order by queued) as queuedp99,
                   percentile_cont(0.5) within group (order by recorded) as recordedp50, percentile_cont(0.99) within group (order by recorded) as recordedp99
            from d
            """, new { intake.OrganizationId, jobIds = commits.SelectMany(c => c.JobIds).ToArray() });
        return new TimelineFigures(
            row.Deliveries, row.Fanouts, Math.Round((double)row.Deliveries / Math.Max(row.Fanouts, 1), 1),
            Round(row.FanOutP50), Round(row.FanOutP99), Round(row.QueuedP50), Round(row.QueuedP99), Round(row.RecordedP50), Round(row.RecordedP99),
            Math.Round((double)updates / Math.Max(row.Deliveries, 1), 2));
    }

    private static double? Round(double? ms) => ms is { } value ? Math.Round(value, 1) : null;

    private sealed record TimelineRow(
        long Deliveries, long Fanouts, double? FanOutP50, double? FanOutP99, double? QueuedP50, double? QueuedP99, double? RecordedP50, double? RecordedP99);
}

/// <summary>Milliseconds, p50 and p99, of each leg of a delivery; see <see cref="DeliveryTimeline"/>.</summary>
/// <param name="Fanouts">Fan-out transactions that created these deliveries.</param>
/// <param name="UpdatesPerDelivery">2 when every delivery was claimed once and completed once.</param>
public sealed record TimelineFigures(
    long Deliveries, long Fanouts, double DeliveriesPerFanout, double? FanOutP50Ms, double? FanOutP99Ms, double? QueuedP50Ms, double? QueuedP99Ms,
    double? RecordedP50Ms, double? RecordedP99Ms, double UpdatesPerDelivery);
