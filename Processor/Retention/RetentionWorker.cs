using Intake.Core.Retention;
using Microsoft.Extensions.Options;

namespace Intake.Processor.Retention;

/// <summary>
/// Runs the retention purge every <see cref="RetentionOptions.Interval"/>. Every Processor replica runs it;
/// the purge's batches are claimed with SKIP LOCKED, so they share the work instead of repeating it.
/// </summary>
public sealed class RetentionWorker(RetentionPurge purge, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                var purged = await purge.PurgeAsync(stoppingToken);
                if (purged.Originals + purged.Documents > 0)
                {
                    logger.LogInformation("Retention deleted {Originals} originals and {Documents} documents", purged.Originals, purged.Documents);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The retention purge failed; it runs again in {Interval}", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
