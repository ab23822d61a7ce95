using Intake.Core.Idempotency;
using Microsoft.Extensions.Options;

namespace Intake.Api.Idempotency;

/// <summary>
/// Deletes expired idempotency keys now and then. Every Api replica runs it; the delete is
/// the same on each, so running it twice costs a query and nothing else.
/// </summary>
internal sealed class IdempotencyKeyCleanup(
    IdempotencyKeys keys, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyKeyCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await keys.DeleteExpiredAsync(clock.GetUtcNow() - options.Value.KeyLifetime, stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} expired idempotency keys", deleted);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Postgres down: expired keys already stop counting, so the next tick is soon enough.
                logger.LogWarning(ex, "Could not delete expired idempotency keys");
            }
        }
    }
}
