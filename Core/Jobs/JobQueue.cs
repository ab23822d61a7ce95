using Dapper;
using Intake.Core.Documents;
using Intake.Core.Messaging;
using Intake.Core.Outbox;
using Npgsql;

namespace Intake.Core.Jobs;

/// <summary>
/// Postgres as the job queue: a worker claims the oldest unfinished job nobody holds (or whose
/// holder's lease ran out: it crashed) with <c>FOR UPDATE SKIP LOCKED</c>, and renews its lease
/// while it works. Claiming moves a new job to PROCESSING IMAGE in the same statement.
/// </summary>
public sealed class JobQueue(NpgsqlDataSource dataSource, TimeProvider clock, WakeUps wakeUps)
{
    public async Task<JobRow?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition($"""
            update intake.jobs set claimed_by = @worker, lease_expires_at = @until, attempts = attempts + 1,
                status = case when status in (@New, @UnzipSucceeded) then @Processing else status end, updated_at = @now
            where id = (
                select id from intake.jobs
                where finished_at is null and (lease_expires_at is null or lease_expires_at < @now)
                order by created_at
                for update skip locked
                limit 1)
            returning {JobRow.Columns}
            """, new { worker, now, until = now + lease, JobStatus.New, JobStatus.UnzipSucceeded, JobStatus.Processing },
            cancellationToken: cancellationToken));
    }

    /// <summary>Unfinished jobs no worker holds now (the queue's length, for the jobs-waiting metric).</summary>
    public async Task<long> CountWaitingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from intake.jobs where finished_at is null and (lease_expires_at is null or lease_expires_at < @now)",
            new { now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>Extends the lease; false when another worker took the job over (this one must stop).</summary>
    public async Task<bool> RenewAsync(Guid jobId, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "update intake.jobs set lease_expires_at = @until where id = @jobId and claimed_by = @worker and finished_at is null",
            new { jobId, worker, until = clock.GetUtcNow() + lease }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Ends the job: SUCCESS when at least one document succeeded, else FAILED, with its
    /// <c>batch.completed</c> or <c>batch.failed</c> event, in one transaction.
    /// </summary>
    public async Task FinishAsync(JobRow job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var documents = await DocumentStore.ListByJobAsync(connection, transaction, job.OrganizationId, job.Id, cancellationToken);
        var succeeded = documents.Any(d => d.ExtractionStatus == ExtractionStatus.Indexed);
        var status = succeeded ? JobStatus.Success : JobStatus.Failed;
        var finished = await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition($"""
            update intake.jobs set status = @status, finished_at = @now, updated_at = @now, lease_expires_at = null
            where id = @Id and finished_at is null
            returning {JobRow.Columns}
            """, new { job.Id, status, now }, transaction, cancellationToken: cancellationToken));
        if (finished is not null)
        {
            await OutboxWriter.AppendAsync(connection, transaction, job.OrganizationId,
                succeeded ? EventNames.BatchCompleted : EventNames.BatchFailed, JobResultsResponse.From(finished, documents), now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        wakeUps.Publish(WakeUps.Events, job.Id.ToString());
    }
}
