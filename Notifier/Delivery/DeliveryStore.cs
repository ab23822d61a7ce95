using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Notifier.Delivery;

/// <summary>
/// The SQL of claiming deliveries (<c>SKIP LOCKED</c> with a lease), putting them back and
/// cancelling them; attempts are recorded by <see cref="AttemptRecorder"/>. Times come from the
/// injected clock, so tests drive the schedule without waiting.
/// </summary>
public sealed class DeliveryStore(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<DeliveryOptions> options)
{
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string worker, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A queue's statistics are always behind its backlog: planned on them, the claim sorted every due row
        // (and ran the ordering check on each) to keep a few. Walking the due index in order and stopping at the
        // limit is the only plan that stays cheap under a backlog, so it is the only one allowed here.
        var claimed = (await connection.QueryAsync<ClaimedDelivery>(new CommandDefinition($"""
            set local enable_sort = off;
            set local enable_bitmapscan = off;
            with due as (
                select d.id from notifier.deliveries d
                where d.status = 'pending' and d.next_attempt_at <= @now and (d.lease_expires_at is null or d.lease_expires_at < @now)
                  -- One job's events in commit order: only the first of its pending deliveries is due. A scalar
                  -- subquery, not NOT EXISTS: it runs per row through its index whatever the statistics say, where
                  -- an anti-join planned on a table that had just grown scanned the whole index for every row.
                  and (d.ordering_key is null or d.event_sequence = (
                      select min(earlier.event_sequence) from notifier.deliveries earlier
                      where earlier.subscription_id = d.subscription_id and earlier.ordering_key = d.ordering_key
                        and earlier.status = 'pending'))
                order by d.next_attempt_at, d.event_sequence
                limit @limit
                for update skip locked)
            update notifier.deliveries d set claimed_by = @worker, lease_expires_at = @until
            from due, notifier.subscriptions s
            where d.id = due.id and s.id = d.subscription_id
            returning {ClaimedDelivery.Columns}
            """, new { now, limit, worker, until = now + options.Value.Lease }, transaction, cancellationToken: cancellationToken))).AsList();
        await transaction.CommitAsync(cancellationToken);
        return claimed;
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
