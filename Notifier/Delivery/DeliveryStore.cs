using Dapper;
using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Notifier.Delivery;

/// <summary>What an attempt's outcome does to its delivery and subscription.</summary>
public enum AttemptVerdict
{
    /// <summary>2xx: the delivery is done, the subscription healthy.</summary>
    Succeeded,

    /// <summary>Failed with retries left: due again at the given time.</summary>
    RetryLater,

    /// <summary>Failed with no retries left: the subscription is failing (and disabled once failing long enough).</summary>
    Exhausted,

    /// <summary>410 Gone: the subscriber asked us to stop; the subscription is disabled.</summary>
    Gone,
}

/// <summary>
/// The SQL of deliveries and their attempts: claims (<c>SKIP LOCKED</c> with a lease), and each
/// attempt recorded with its consequence for the delivery and the subscription in one transaction.
/// Times come from the injected clock, so tests drive the schedule without waiting.
/// </summary>
public sealed class DeliveryStore(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<DeliveryOptions> options)
{
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string worker, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ClaimedDelivery>(new CommandDefinition($"""
            with due as (
                select d.id from notifier.deliveries d
                where d.status = 'pending' and d.next_attempt_at <= @now and (d.lease_expires_at is null or d.lease_expires_at < @now)
                  -- one job's events in commit order: not before its predecessors are done
                  and not exists (
                      select 1 from notifier.deliveries earlier
                      where earlier.subscription_id = d.subscription_id and earlier.ordering_key = d.ordering_key
                        and earlier.status = 'pending' and earlier.event_sequence < d.event_sequence)
                order by d.next_attempt_at, d.event_sequence
                limit @limit
                for update skip locked)
            update notifier.deliveries d set claimed_by = @worker, lease_expires_at = @until
            from due, notifier.subscriptions s
            where d.id = due.id and s.id = d.subscription_id
            returning {ClaimedDelivery.Columns}
            """, new { now, limit, worker, until = now + options.Value.Lease }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Records the attempt, then moves the delivery and the subscription on as <paramref name="verdict"/> says.</summary>
    public async Task CompleteAttemptAsync(
        ClaimedDelivery delivery, DeliveryAttempt attempt, AttemptVerdict verdict, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into notifier.delivery_attempts (delivery_id, attempt, attempted_at, status_code, duration_ms, error, response_body)
            values (@DeliveryId, @Attempt, @AttemptedAt, @StatusCode, @DurationMs, @Error, @ResponseBody)
            on conflict (delivery_id, attempt) do nothing
            """, attempt, transaction, cancellationToken: cancellationToken));
        var status = verdict switch
        {
            AttemptVerdict.Succeeded => DeliveryStatus.Succeeded,
            AttemptVerdict.RetryLater => DeliveryStatus.Pending,
            _ => DeliveryStatus.Failed,
        };
        await connection.ExecuteAsync(new CommandDefinition("""
            update notifier.deliveries set status = @status, attempts = greatest(attempts, @Attempt), next_attempt_at = @nextAttemptAt,
                claimed_by = null, lease_expires_at = null, completed_at = case when @status = 'pending' then null else @now end
            where id = @Id and status = 'pending' -- not one cancelled meanwhile
            """, new { status, attempt.Attempt, nextAttemptAt, now, delivery.Id }, transaction, cancellationToken: cancellationToken));

        var disableBefore = now - options.Value.DisableAfterFailing;
        var (set, condition) = verdict switch
        {
            // Only when it changes something: every success rewriting one hot row would queue all of a subscription's completions on its lock.
            AttemptVerdict.Succeeded => ("health = 'healthy', failing_since = null, last_success_at = @now",
                "health <> 'disabled' and (health <> 'healthy' or failing_since is not null or last_success_at is null or last_success_at < @now - interval '1 minute')"),
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
            """, new { now, delivery.SubscriptionId, disableBefore }, transaction, cancellationToken: cancellationToken));
        if (health == SubscriptionHealth.Disabled)
        {
            await SubscriptionStore.CancelPendingAsync(connection, transaction, delivery.SubscriptionId, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Puts a claimed delivery back, unattempted, until <paramref name="until"/> (its endpoint's circuit is open, or busy).</summary>
    public async Task DeferAsync(string deliveryId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            update notifier.deliveries set next_attempt_at = @until, claimed_by = null, lease_expires_at = null
            where id = @deliveryId and status = 'pending'
            """, new { deliveryId, until }, cancellationToken: cancellationToken));
    }

    /// <summary>Ends a delivery whose subscription was switched off or disabled before it went out.</summary>
    public async Task CancelAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            update notifier.deliveries set status = 'cancelled', completed_at = @now, next_attempt_at = null, claimed_by = null, lease_expires_at = null
            where id = @deliveryId and status = 'pending'
            """, new { deliveryId, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }
}
