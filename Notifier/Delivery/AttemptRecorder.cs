using Dapper;
using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Records each attempt with its consequence for the delivery and the subscription, durably,
/// before the attempt counts as made. Attempts that finish while a write is under way are
/// written together by the next one, in one transaction (a group commit): with hundreds of
/// deliveries in flight, one commit per attempt would make Postgres the limit. A batch that
/// fails is written again one attempt per transaction, so one bad row cannot fail the others.
/// </summary>
public sealed class AttemptRecorder(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<DeliveryOptions> options, ILogger<AttemptRecorder> logger)
{
    // Large enough that the queue drains at full speed, small enough that a batch stays one quick transaction.
    private const int MaxBatch = 512;

    private readonly Lock _queueLock = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private List<AttemptRecord> _queue = [];

    /// <summary>Returns once the attempt and what follows from it are committed.</summary>
    public async Task RecordAsync(ClaimedDelivery delivery, DeliveryAttempt attempt, AttemptVerdict verdict, DateTimeOffset? nextAttemptAt)
    {
        var record = new AttemptRecord(delivery, attempt, verdict, nextAttemptAt);
        lock (_queueLock)
        {
            _queue.Add(record);
        }

        await _writer.WaitAsync();
        try
        {
            // Written by the caller before us, with the rest of its batch, while we waited.
            if (!record.Written.Task.IsCompleted)
            {
                await WriteAsync(TakeBatch());
            }
        }
        finally
        {
            _writer.Release();
        }

        await record.Written.Task;
    }

    private List<AttemptRecord> TakeBatch()
    {
        lock (_queueLock)
        {
            if (_queue.Count <= MaxBatch)
            {
                var all = _queue;
                _queue = [];
                return all;
            }

            var batch = _queue[..MaxBatch];
            _queue.RemoveRange(0, MaxBatch);
            return batch;
        }
    }

    private async Task WriteAsync(List<AttemptRecord> batch)
    {
        try
        {
            await WriteBatchAsync(batch);
            batch.ForEach(r => r.Written.TrySetResult());
            return;
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            logger.LogDebug(ex, "Recording {Count} attempts together failed; recording them one by one", batch.Count);
        }
        catch (Exception ex)
        {
            batch[0].Written.TrySetException(ex);
            return;
        }

        foreach (var record in batch)
        {
            try
            {
                await WriteBatchAsync([record]);
                record.Written.TrySetResult();
            }
            catch (Exception ex)
            {
                record.Written.TrySetException(ex);
            }
        }
    }

    private async Task WriteBatchAsync(IReadOnlyList<AttemptRecord> batch)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var attempts = batch.Select(r => r.Attempt).ToArray();
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into notifier.delivery_attempts (delivery_id, attempt, attempted_at, status_code, duration_ms, error, response_body)
            select * from unnest(@ids, @numbers, @attemptedAt, @statusCodes, @durations, @errors, @bodies)
            on conflict (delivery_id, attempt) do nothing
            """, new
        {
            ids = attempts.Select(a => a.DeliveryId).ToArray(),
            numbers = attempts.Select(a => a.Attempt).ToArray(),
            attemptedAt = attempts.Select(a => a.AttemptedAt).ToArray(),
            statusCodes = attempts.Select(a => a.StatusCode).ToArray(),
            durations = attempts.Select(a => a.DurationMs).ToArray(),
            errors = attempts.Select(a => a.Error).ToArray(),
            bodies = attempts.Select(a => a.ResponseBody).ToArray(),
        }, transaction));
        await connection.ExecuteAsync(new CommandDefinition("""
            update notifier.deliveries d set status = u.status, attempts = greatest(d.attempts, u.attempt), next_attempt_at = u.next_attempt_at,
                claimed_by = null, lease_expires_at = null, completed_at = case when u.status = 'pending' then null else @now end
            from unnest(@ids, @statuses, @numbers, @nextAttemptAt) as u(id, status, attempt, next_attempt_at)
            where d.id = u.id and d.status = 'pending' -- not one cancelled meanwhile
            """, new
        {
            ids = attempts.Select(a => a.DeliveryId).ToArray(),
            statuses = batch.Select(r => r.NewStatus).ToArray(),
            numbers = attempts.Select(a => a.Attempt).ToArray(),
            nextAttemptAt = batch.Select(r => r.NextAttemptAt).ToArray(),
            now,
        }, transaction));

        // The subscriptions' health, in the order the attempts ended; a run of successes is one statement.
        for (var i = 0; i < batch.Count;)
        {
            var run = batch.Skip(i).TakeWhile(r => r.Verdict == AttemptVerdict.Succeeded).Select(r => r.Delivery.SubscriptionId).ToList();
            if (run.Count > 0)
            {
                await MarkSucceededAsync(connection, transaction, run.Distinct().Order().ToArray(), now);
                i += run.Count;
                continue;
            }

            await MarkFailedAsync(connection, transaction, batch[i], now);
            i++;
        }

        await transaction.CommitAsync();
    }

    private static Task MarkSucceededAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] subscriptionIds, DateTimeOffset now) =>
        // Only where it changes something: every success rewriting one hot row would queue all of a subscription's completions on its lock.
        connection.ExecuteAsync(new CommandDefinition("""
            update notifier.subscriptions set health = 'healthy', failing_since = null, last_success_at = @now
            where id = any(@subscriptionIds) and health <> 'disabled'
              and (health <> 'healthy' or failing_since is not null or last_success_at is null or last_success_at < @now - interval '1 minute')
            """, new { subscriptionIds, now }, transaction));

    /// <summary>A failed attempt: the subscription failing, or disabled (its pending deliveries cancelled) on 410 or after failing long enough.</summary>
    private async Task MarkFailedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AttemptRecord record, DateTimeOffset now)
    {
        var (set, condition) = record.Verdict switch
        {
            AttemptVerdict.Gone => ("health = 'disabled', updated_at = @now", "true"),
            AttemptVerdict.Exhausted => ("""
                failing_since = coalesce(failing_since, @now),
                health = case when coalesce(failing_since, @now) <= @disableBefore then 'disabled' else 'failing' end
                """, "health <> 'disabled'"),
            _ => ("health = 'disabled', updated_at = @now", "health = 'failing' and failing_since <= @disableBefore"),
        };
        // The health after this attempt: changed, or as it was where the condition did not hold.
        var health = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition($"""
            with changed as (
                update notifier.subscriptions set {set} where id = @SubscriptionId and {condition}
                returning health)
            select health from changed
            union all
            select health from notifier.subscriptions where id = @SubscriptionId and not exists (select 1 from changed)
            """, new { now, record.Delivery.SubscriptionId, disableBefore = now - options.Value.DisableAfterFailing }, transaction));
        if (health == SubscriptionHealth.Disabled)
        {
            await SubscriptionStore.CancelPendingAsync(connection, transaction, record.Delivery.SubscriptionId, now, CancellationToken.None);
        }
    }

    private sealed record AttemptRecord(ClaimedDelivery Delivery, DeliveryAttempt Attempt, AttemptVerdict Verdict, DateTimeOffset? NextAttemptAt)
    {
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string NewStatus => Verdict switch
        {
            AttemptVerdict.Succeeded => DeliveryStatus.Succeeded,
            AttemptVerdict.RetryLater => DeliveryStatus.Pending,
            _ => DeliveryStatus.Failed,
        };
    }
}
