using Intake.Core.Documents;
using Intake.Core.Jobs;
using Intake.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Intake.Processor.Jobs;

/// <summary>
/// Takes jobs from the queue, a few at a time, when woken through Redis or every poll interval
/// (so it keeps working while Redis is down), and runs each document through the pipeline
/// while renewing the job's lease.
/// </summary>
public sealed class JobClaimer(
    JobQueue queue, DocumentStore documents, DocumentPipeline pipeline, WakeUps wakeUps, PipelineMetrics metrics,
    IOptions<JobOptions> options, ILogger<JobClaimer> logger)
    : BackgroundService
{
    private readonly string _worker = $"{Environment.MachineName}:{Environment.ProcessId}";
    private static readonly TimeSpan CountWaitingEvery = TimeSpan.FromSeconds(5);
    private readonly WakeUpSignal _wakeUp = new();
    private DateTime _countedAt = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        wakeUps.Subscribe(WakeUps.Jobs, _wakeUp.Wake);
        using var slots = new SemaphoreSlim(options.Value.Concurrency);
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            await slots.WaitAsync(stoppingToken);
            JobRow? job = null;
            try
            {
                job = await queue.ClaimAsync(_worker, options.Value.Lease, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Claiming a job failed; trying again");
            }

            if (job is null)
            {
                slots.Release();
                metrics.JobsWaiting(0);
                await _wakeUp.WaitAsync(options.Value.PollInterval, stoppingToken);
                continue;
            }

            if (DateTime.UtcNow - _countedAt > CountWaitingEvery)
            {
                await CountWaitingAsync(stoppingToken);
            }

            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await ProcessJobAsync(job, stoppingToken);
                }
                finally
                {
                    slots.Release();
                    _wakeUp.Wake(); // a slot is free: look for more at once
                }
            }, CancellationToken.None));
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessJobAsync(JobRow job, CancellationToken stoppingToken)
    {
        using var activity = PipelineTracing.StartJob(job);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var renewal = RenewLeaseWhileWorking(job, work);
        try
        {
            foreach (var document in await documents.ListByJobAsync(job.OrganizationId, job.Id, work.Token))
            {
                await pipeline.ProcessAsync(document, work.Token);
            }

            // SUCCESS or FAILED, with the batch event, in one transaction (PROCESS IMAGE SUCCESS or
            // FAILED would last only until that commit, so it is not written on its own).
            await queue.FinishAsync(job, work.Token);
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested)
        {
            // Stopping, or the lease was lost: whoever holds the job now finishes it.
        }
        catch (Exception ex)
        {
            // Postgres or the object store failed mid-job: the lease runs out and the job is retried.
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
            logger.LogError(ex, "Job {JobId} was interrupted; it will be taken up again", job.Id);
        }
    }

    /// <summary>Refreshes the jobs-waiting gauge; at most every few seconds while busy, since it counts the whole queue.</summary>
    private async Task CountWaitingAsync(CancellationToken stoppingToken)
    {
        _countedAt = DateTime.UtcNow;
        try
        {
            metrics.JobsWaiting(await queue.CountWaitingAsync(stoppingToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "Counting waiting jobs failed");
        }
    }

    private Timer RenewLeaseWhileWorking(JobRow job, CancellationTokenSource work)
    {
        var every = options.Value.Lease / 3;
        return new Timer(async _ =>
        {
            try
            {
                if (!await queue.RenewAsync(job.Id, _worker, options.Value.Lease, work.Token))
                {
                    logger.LogWarning("Lost the lease of job {JobId}; stopping work on it", job.Id);
                    await work.CancelAsync();
                }
            }
            catch (Exception ex) when (ex is not ObjectDisposedException)
            {
                logger.LogWarning(ex, "Renewing the lease of job {JobId} failed", job.Id);
            }
        }, null, every, every);
    }

    public override void Dispose()
    {
        _wakeUp.Dispose();
        base.Dispose();
    }
}
