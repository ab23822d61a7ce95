using System.Text.Json;
using Dapper;
using Intake.Core.Messaging;
using Intake.Notifier.Delivery;
using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Notifier.Dispatch;

/// <summary>
/// Fan-out: claims undispatched outbox rows (<c>SKIP LOCKED</c>, never a cursor on ids, which
/// would skip rows that commit late), creates one delivery per matching active subscription,
/// and marks the rows dispatched, all in one transaction: exactly once across replicas and
/// crashes. One replica fans out at a time (a transaction-scoped advisory lock): two working
/// side by side would each take part of the queue and could create a job's later deliveries
/// before its earlier ones, which would break the per-job order. Woken through Redis when
/// events are committed; polls otherwise.
/// </summary>
public sealed class OutboxDispatcher(
    NpgsqlDataSource dataSource, WakeUps wakeUps, DeliverySignal deliveries, TimeProvider clock, IOptions<DeliveryOptions> options,
    ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    /// <summary>Arbitrary, fixed: the advisory lock Notifier replicas take turns fanning out under.</summary>
    private const long DispatchLockKey = 0x1_7A4E_0002;

    private readonly WakeUpSignal _wakeUp = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        wakeUps.Subscribe(WakeUps.Events, _wakeUp.Wake);
        while (!stoppingToken.IsCancellationRequested)
        {
            var dispatched = 0;
            try
            {
                dispatched = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Dispatching outbox events failed; trying again");
            }

            if (dispatched < options.Value.DispatchBatchSize)
            {
                await _wakeUp.WaitAsync(options.Value.PollInterval, stoppingToken);
                // Every commit sends a wake-up; a moment's pause lets a burst share one transaction.
                await Task.Delay(options.Value.DispatchCoalesce, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <returns>How many events this call dispatched.</returns>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select pg_try_advisory_xact_lock(@DispatchLockKey)", new { DispatchLockKey }, transaction, cancellationToken: cancellationToken)))
        {
            return 0; // another replica is fanning out
        }

        var events = (await connection.QueryAsync<OutboxEvent>(new CommandDefinition("""
            select id, sequence, organization_id, event, payload::text as payload, traceparent, created_at from intake.outbox_events
            where dispatched_at is null
            order by sequence
            limit @limit
            for update skip locked
            """, new { limit = options.Value.DispatchBatchSize }, transaction, cancellationToken: cancellationToken))).AsList();
        if (events.Count == 0)
        {
            return 0;
        }

        var subscriptions = (await connection.QueryAsync<SubscriptionRow>(new CommandDefinition($"""
            select {SubscriptionRow.Columns} from notifier.subscriptions
            where organization_id = any(@organizations) and is_active and health <> 'disabled'
            """, new { organizations = events.Select(e => e.OrganizationId).Distinct().ToArray() }, transaction, cancellationToken: cancellationToken)))
            .ToLookup(s => s.OrganizationId);

        var created = new List<NewDelivery>();
        foreach (var outboxEvent in events)
        {
            if (!subscriptions[outboxEvent.OrganizationId].Any())
            {
                continue; // no one to tell: nothing to parse or render, the row is only marked dispatched
            }

            using var payload = JsonDocument.Parse(outboxEvent.Payload);
            var body = DeliveryMessage.Body(outboxEvent.Id, outboxEvent.Event, outboxEvent.CreatedAt, outboxEvent.OrganizationId, outboxEvent.Payload);
            created.AddRange(subscriptions[outboxEvent.OrganizationId]
                .Where(s => EventFilter.Matches(s, outboxEvent.Event, payload.RootElement))
                .Select(s => new NewDelivery(DeliveryIds.New(), outboxEvent.OrganizationId, s.Id, outboxEvent.Id, outboxEvent.Sequence,
                    OrderingKey(payload.RootElement), outboxEvent.Event, body, outboxEvent.Traceparent)));
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            insert into notifier.deliveries (id, organization_id, subscription_id, event_id, event_sequence, ordering_key, event, body, traceparent,
                status, next_attempt_at, created_at)
            select id, organization_id, subscription_id, event_id, event_sequence, ordering_key, event, body, traceparent, 'pending', @now, @now
            from unnest(@ids, @organizations, @subscriptions, @eventIds, @sequences, @orderingKeys, @events, @bodies, @traceparents)
                as d(id, organization_id, subscription_id, event_id, event_sequence, ordering_key, event, body, traceparent)
            on conflict (event_id, subscription_id) do nothing
            """,
            new
            {
                ids = created.Select(d => d.Id).ToArray(), organizations = created.Select(d => d.OrganizationId).ToArray(),
                subscriptions = created.Select(d => d.SubscriptionId).ToArray(), eventIds = created.Select(d => d.EventId).ToArray(),
                sequences = created.Select(d => d.Sequence).ToArray(), orderingKeys = created.Select(d => d.OrderingKey).ToArray(),
                events = created.Select(d => d.Event).ToArray(), bodies = created.Select(d => d.Body).ToArray(),
                traceparents = created.Select(d => d.Traceparent).ToArray(), now,
            }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "update intake.outbox_events set dispatched_at = @now where id = any(@ids)",
            new { ids = events.Select(e => e.Id).ToArray(), now }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        if (created.Count > 0)
        {
            deliveries.Wake();
        }

        return events.Count;
    }

    public override void Dispose()
    {
        _wakeUp.Dispose();
        base.Dispose();
    }

    private sealed class OutboxEvent
    {
        public Guid Id { get; init; }
        public long Sequence { get; init; }
        public Guid OrganizationId { get; init; }
        public string Event { get; init; } = "";
        public string Payload { get; init; } = "";
        public string? Traceparent { get; init; }
        public DateTime CreatedAt { get; init; }
    }

    private sealed record NewDelivery(
        string Id, Guid OrganizationId, Guid SubscriptionId, Guid EventId, long Sequence, string? OrderingKey, string Event, string Body, string? Traceparent);

    /// <summary>The job an event belongs to (<c>jobId</c> of document events, <c>job_id</c> of batch events): its events stay in order.</summary>
    private static string? OrderingKey(JsonElement data) =>
        data.ValueKind != JsonValueKind.Object ? null
        : data.TryGetProperty("jobId", out var jobId) && jobId.ValueKind == JsonValueKind.String ? jobId.GetString()
        : data.TryGetProperty("job_id", out var batchJobId) && batchJobId.ValueKind == JsonValueKind.String ? batchJobId.GetString()
        : null;
}
