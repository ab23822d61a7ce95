using System.Diagnostics;
using Intake.Bench.Ingestion;
using Intake.Core.Messaging;
using Intake.Core.Outbox;

namespace Intake.Bench.Webhooks;

/// <summary>
/// Commits events as the services do: rows appended to <c>intake.outbox_events</c> with Core's
/// <see cref="OutboxWriter"/> in a transaction, then a wake-up on <see cref="WakeUps.Events"/>.
/// Each event is a <c>document.ready</c> with a fresh documentId and jobId, so no two events
/// share a job and per-job ordering does not serialize them.
/// </summary>
public sealed class OutboxEvents(IntakeSession intake, WakeUps wakeUps)
{
    public const string EventName = Core.Outbox.EventNames.DocumentReady;

    private long _committed;

    /// <summary>Events this process has committed so far.</summary>
    public long Committed => Interlocked.Read(ref _committed);

    /// <summary>Commits <paramref name="count"/> events in one transaction and sends one wake-up.</summary>
    public async Task<CommittedEvents> CommitAsync(int count, CancellationToken cancellationToken = default)
    {
        var jobIds = new string[count];
        await using (var connection = await intake.Database.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                jobIds[i] = Guid.NewGuid().ToString();
                var payload = new { documentId = Guid.NewGuid(), jobId = jobIds[i] };
                await OutboxWriter.AppendAsync(connection, transaction, intake.OrganizationId, EventName, payload, DateTimeOffset.UtcNow, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var committedAt = Stopwatch.GetTimestamp();
        wakeUps.Publish(WakeUps.Events, "x");
        Interlocked.Add(ref _committed, count);
        return new CommittedEvents(jobIds, committedAt);
    }
}

/// <param name="CommittedAt">Right after the commit returned, in <see cref="Stopwatch"/> ticks.</param>
public sealed record CommittedEvents(IReadOnlyList<string> JobIds, long CommittedAt);
