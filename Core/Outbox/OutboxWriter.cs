using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Npgsql;

namespace Intake.Core.Outbox;

/// <summary>
/// Appends events to <c>intake.outbox_events</c> inside the caller's transaction, so an event
/// exists exactly when the change it reports was committed. The payload is rendered now
/// (the state at commit time), with the <c>traceparent</c> of the work that wrote it.
/// </summary>
public static class OutboxWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organizationId,
        string eventName, object payload, DateTimeOffset now, CancellationToken cancellationToken) =>
        AppendManyAsync(connection, transaction, [new PendingEvent(organizationId, eventName, payload)], now, cancellationToken);

    /// <summary>
    /// Appends several events in one statement, in the given order (their <c>sequence</c> follows it). A payload
    /// shared by several events is rendered once.
    /// </summary>
    public static Task AppendManyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<PendingEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rendered = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        string Render(object payload) =>
            rendered.TryGetValue(payload, out var json) ? json : rendered[payload] = JsonSerializer.Serialize(payload, Json);
        return connection.ExecuteAsync(new CommandDefinition("""
            insert into intake.outbox_events (id, organization_id, event, payload, traceparent, created_at)
            select e.id, e.organization_id, e.event, e.payload::jsonb, @traceparent, @now
            from unnest(@ids, @organizationIds, @eventNames, @payloads) with ordinality as e(id, organization_id, event, payload, position)
            order by e.position
            """,
            new
            {
                ids = events.Select(_ => Guid.CreateVersion7()).ToArray(),
                organizationIds = events.Select(e => e.OrganizationId).ToArray(),
                eventNames = events.Select(e => e.EventName).ToArray(),
                payloads = events.Select(e => Render(e.Payload)).ToArray(),
                traceparent = Activity.Current?.Id,
                now,
            },
            transaction, cancellationToken: cancellationToken));
    }
}

/// <summary>An event to append: its organization, name and payload (rendered when appended).</summary>
public sealed record PendingEvent(Guid OrganizationId, string EventName, object Payload);
