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
        connection.ExecuteAsync(new CommandDefinition("""
            insert into intake.outbox_events (id, organization_id, event, payload, traceparent, created_at)
            values (@id, @organizationId, @eventName, @payload::jsonb, @traceparent, @now)
            """,
            new
            {
                id = Guid.CreateVersion7(), organizationId, eventName, payload = JsonSerializer.Serialize(payload, Json),
                traceparent = Activity.Current?.Id, now,
            },
            transaction, cancellationToken: cancellationToken));
}
