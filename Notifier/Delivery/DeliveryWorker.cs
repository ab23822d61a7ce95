using Dapper;
using Microsoft.Extensions.Options;
using Intake.Notifier.Subscriptions;
using Npgsql;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Claims due deliveries, as many as it has free slots, and runs them concurrently, so many
/// deliveries are in flight and a slow endpoint (capped by <see cref="EndpointGate"/>) never
/// holds up the rest. Woken by the dispatcher; polls for retries that fall due.
/// </summary>
public sealed class DeliveryWorker(
    DeliveryStore store, DeliveryRunner runner, DeliverySignal signal, DeliveryMetrics metrics, SubscriptionStore subscriptions, NpgsqlDataSource dataSource,
    TimeProvider clock, IOptions<DeliveryOptions> options, ILogger<DeliveryWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan HousekeepingEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ClaimCoalesce = TimeSpan.FromMilliseconds(5);
    private readonly int _claimAtLeast = Math.Max(1, options.Value.MaxInFlight / 8);
    private readonly string _worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(options.Value.MaxInFlight);
        var inFlight = new List<Task>();
        var housekeptAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            housekeptAt = await HousekeepAsync(housekeptAt, stoppingToken);
            await slots.WaitAsync(stoppingToken);
            if (slots.CurrentCount + 1 < _claimAtLeast)
            {
                // Busy: slots come free one attempt at a time. Claiming for each would cost a claim query per
                // delivery; a moment's wait lets a few come free, so one query claims for all of them.
                await Task.Delay(ClaimCoalesce, stoppingToken);
            }

            var free = slots.CurrentCount + 1;
            IReadOnlyList<ClaimedDelivery> due = [];
            try
            {
                due = await store.ClaimDueAsync(_worker, free, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Claiming deliveries failed; trying again");
            }

            if (due.Count == 0)
            {
                slots.Release();
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                continue;
            }

            inFlight.RemoveAll(t => t.IsCompleted);
            for (var i = 0; i < due.Count; i++)
            {
                if (i > 0)
                {
                    await slots.WaitAsync(stoppingToken); // the first slot was taken above
                }

                var delivery = due[i];
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        await runner.DeliverAsync(delivery, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // Left claimed: its lease runs out and it is attempted again.
                        logger.LogError(ex, "Delivery {DeliveryId} could not be attempted", delivery.Id);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }
        }

        await Task.WhenAll(inFlight).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Every <see cref="HousekeepingEvery"/>: subscriptions failing too long are disabled, and the backlog is counted.</summary>
    private async Task<DateTimeOffset> HousekeepAsync(DateTimeOffset last, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        if (now - last < HousekeepingEvery)
        {
            return last;
        }

        try
        {
            var disabled = await subscriptions.DisableFailingSinceAsync(now - options.Value.DisableAfterFailing, stoppingToken);
            if (disabled > 0)
            {
                logger.LogInformation("Disabled {Count} subscriptions failing for {Hours} h with no success", disabled, options.Value.DisableAfterFailing.TotalHours);
            }

            await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
            var (due, failing) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition("""
                select (select count(*) from notifier.deliveries where status = 'pending' and next_attempt_at <= @now),
                       (select count(*) from notifier.subscriptions where health <> 'healthy')
                """, new { now }, cancellationToken: stoppingToken));
            metrics.Backlog(due, failing);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "Delivery housekeeping failed");
        }

        return now;
    }
}
