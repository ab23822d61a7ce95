using System.Diagnostics;
using Dapper;
using Intake.Core.Documents;
using Intake.Core.Idempotency;
using Intake.Core.Messaging;
using Intake.Core.Outbox;
using Npgsql;

namespace Intake.Core.Jobs;

/// <summary>Jobs and their documents: all SQL on <c>intake.jobs</c> and the document rows an upload creates.</summary>
public sealed class JobStore(NpgsqlDataSource dataSource, TimeProvider clock, WakeUps wakeUps)
{
    /// <summary>The job, its documents, their <c>document.created</c> events and its idempotency key, in one transaction.</summary>
    /// <returns>False, with nothing written, when a concurrent upload holds the job's idempotency key.</returns>
    public async Task<bool> CreateAsync(NewJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The key first: a concurrent request with the same key waits here, before doing any other work.
        if (job.Idempotency is { } claim
            && !await IdempotencyKeys.TryClaimAsync(connection, transaction, job.OrganizationId, job.Id, claim, now, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            insert into intake.jobs (id, organization_id, template_id, static_values, is_archive, status, skipped_entries, traceparent, created_at, updated_at)
            values (@Id, @OrganizationId, @TemplateId, @StaticValuesJson::jsonb, @IsArchive, @status, @SkippedEntriesJson::jsonb, @traceparent, @now, @now)
            """,
            new
            {
                job.Id, job.OrganizationId, job.TemplateId, job.StaticValuesJson, job.IsArchive, status = job.InitialStatus,
                job.SkippedEntriesJson, traceparent = Activity.Current?.Id, now,
            },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into intake.documents (id, job_id, organization_id, position, file_name, file_size, mime_type, object_key,
                                          requested_type, metadata, extraction_status, created_at, updated_at)
            values (@Id, @jobId, @organizationId, @position, @FileName, @FileSize, @MimeType, @ObjectKey, @RequestedType, @MetadataJson::jsonb,
                    @status, @now, @now)
            """,
            job.Documents.Select((d, position) => new
            {
                d.Id, jobId = job.Id, organizationId = job.OrganizationId, position, d.FileName, d.FileSize, d.MimeType, d.ObjectKey,
                d.RequestedType, d.MetadataJson, status = ExtractionStatus.Pending, now,
            }),
            transaction, cancellationToken: cancellationToken));

        foreach (var document in await DocumentStore.ListByJobAsync(connection, transaction, job.OrganizationId, job.Id, cancellationToken))
        {
            await OutboxWriter.AppendAsync(connection, transaction, job.OrganizationId, EventNames.DocumentCreated,
                DocumentResponse.From(document), now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        wakeUps.Publish(WakeUps.Events, job.Id.ToString());
        return true;
    }

    public async Task<JobRow?> FindAsync(Guid organizationId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(
            $"select {JobRow.Columns} from intake.jobs where organization_id = @organizationId and id = @jobId",
            new { organizationId, jobId }, cancellationToken: cancellationToken));
    }
}
