using Dapper;
using Intake.Core.Outbox;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Notifier.Delivery;

/// <summary>
/// What the deliveries routes read and do: a subscription's deliveries with their attempts,
/// a resend (same delivery, next attempt number), and the test ping. Scoped by organization.
/// </summary>
public sealed class DeliveryLog(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<DeliveryOptions> options)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<DeliveryResponse>?> ListAsync(Guid organizationId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from notifier.subscriptions where organization_id = @organizationId and id = @subscriptionId)",
            new { organizationId, subscriptionId }, cancellationToken: cancellationToken));
        if (!exists)
        {
            return null;
        }

        var deliveries = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition("""
            select id, event_id, event, status, attempts, next_attempt_at, created_at, completed_at from notifier.deliveries
            where organization_id = @organizationId and subscription_id = @subscriptionId
            order by created_at desc, id desc
            limit @PageSize
            """, new { organizationId, subscriptionId, PageSize }, cancellationToken: cancellationToken))).AsList();
        var attempts = (await connection.QueryAsync<AttemptRow>(new CommandDefinition("""
            select delivery_id, attempt, attempted_at, status_code, duration_ms, error, response_body from notifier.delivery_attempts
            where delivery_id = any(@ids) order by attempt
            """, new { ids = deliveries.Select(d => d.Id).ToArray() }, cancellationToken: cancellationToken)))
            .ToLookup(a => a.DeliveryId);
        return deliveries.Select(d => new DeliveryResponse(
            d.Id, d.EventId, d.Event, d.Status, d.Attempts, d.NextAttemptAt, d.CreatedAt, d.CompletedAt,
            attempts[d.Id].Select(a => a.ToAttempt()).ToList())).ToList();
    }

    /// <summary>Makes a delivery due again now, whatever became of it: its next attempt carries the next number.</summary>
    public async Task<bool> ResendAsync(Guid organizationId, string deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update notifier.deliveries set status = 'pending', next_attempt_at = @now, completed_at = null, claimed_by = null, lease_expires_at = null
            where organization_id = @organizationId and id = @deliveryId
            """, new { organizationId, deliveryId, now = clock.GetUtcNow() }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>A <c>webhook.test</c> delivery to one subscription, created already claimed by the caller, who attempts it at once.</summary>
    public async Task<ClaimedDelivery?> CreatePingAsync(Guid organizationId, Guid subscriptionId, string worker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var eventId = Guid.CreateVersion7();
        var body = DeliveryMessage.Body(eventId, EventNames.WebhookTest, now, organizationId,
            System.Text.Json.JsonSerializer.Serialize(new { subscriptionId, message = "A test ping from Intake." }, OutboxWriter.Json));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ClaimedDelivery>(new CommandDefinition($"""
            with d as (
                insert into notifier.deliveries (id, organization_id, subscription_id, event_id, event_sequence, event, body, status, next_attempt_at,
                    claimed_by, lease_expires_at, created_at)
                select @id, organization_id, id, @eventId, 0, @event, @body, 'pending', @now, @worker, @until, @now
                from notifier.subscriptions where organization_id = @organizationId and id = @subscriptionId
                returning *)
            select {ClaimedDelivery.Columns} from d join notifier.subscriptions s on s.id = d.subscription_id
            """,
            new { id = DeliveryIds.New(), eventId, @event = EventNames.WebhookTest, body, now, worker, until = now + options.Value.Lease, organizationId, subscriptionId },
            cancellationToken: cancellationToken));
    }

    private sealed class DeliveryRow
    {
        public string Id { get; init; } = "";
        public Guid EventId { get; init; }
        public string Event { get; init; } = "";
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public DateTime? NextAttemptAt { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime? CompletedAt { get; init; }
    }

    private sealed class AttemptRow
    {
        public string DeliveryId { get; init; } = "";
        public int Attempt { get; init; }
        public DateTime AttemptedAt { get; init; }
        public int? StatusCode { get; init; }
        public int DurationMs { get; init; }
        public string? Error { get; init; }
        public string? ResponseBody { get; init; }

        public DeliveryAttempt ToAttempt() => new(DeliveryId, Attempt, AttemptedAt, StatusCode, DurationMs, Error, ResponseBody);
    }
}
