using Amazon.S3;
using Dapper;
using Intake.Core.Documents;
using Intake.Core.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Core.Retention;

/// <summary>
/// Keeps data exactly as long as each organization's settings promise (DESIGN.md, Retention): originals
/// past <c>originalRetentionDays</c> (7 at most) lose their bytes and say so on the file route; documents
/// past <c>resultRetentionDays</c> go entirely, with their job once it has none left. Batches are taken with
/// <c>SKIP LOCKED</c>, so purges running in several replicas share the work and never handle a document twice.
/// </summary>
public sealed class RetentionPurge(NpgsqlDataSource dataSource, IAmazonS3 s3, IOptions<ObjectStoreOptions> store, IOptions<RetentionOptions> options, TimeProvider clock)
{
    /// <summary>Purges every organization; returns how many originals and documents it removed.</summary>
    public async Task<RetentionResult> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var organizations = await connection.QueryAsync<Guid>(new CommandDefinition("select id from intake.organizations", cancellationToken: cancellationToken));
        var total = new RetentionResult(0, 0);
        foreach (var organizationId in organizations)
        {
            total += await PurgeOrganizationAsync(organizationId, cancellationToken);
        }

        return total;
    }

    /// <summary>Purges one organization by its own settings; nothing of any other organization is read or touched.</summary>
    public async Task<RetentionResult> PurgeOrganizationAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var documents = 0;
        while (await PurgeBatchAsync(organizationId, now, Expired.Results, cancellationToken) is var purged and > 0)
        {
            documents += purged;
        }

        var originals = 0;
        while (await PurgeBatchAsync(organizationId, now, Expired.Originals, cancellationToken) is var purged and > 0)
        {
            originals += purged;
        }

        return new RetentionResult(originals, documents);
    }

    private enum Expired
    {
        /// <summary>The whole document, past the organization's <c>result_retention_days</c>.</summary>
        Results,

        /// <summary>Only the original's bytes, past <c>original_retention_days</c>.</summary>
        Originals,
    }

    private async Task<int> PurgeBatchAsync(Guid organizationId, DateTimeOffset now, Expired what, CancellationToken cancellationToken)
    {
        var expired = what == Expired.Results
            ? "d.created_at < @now - make_interval(days => o.result_retention_days)"
            : "d.file_deleted_at is null and d.created_at < @now - make_interval(days => o.original_retention_days)";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = (await connection.QueryAsync<(Guid Id, Guid JobId, string ObjectKey, DateTime? FileDeletedAt)>(new CommandDefinition($"""
            select d.id, d.job_id, d.object_key, d.file_deleted_at
            from intake.documents d join intake.organizations o on o.id = d.organization_id
            where d.organization_id = @organizationId and {expired}
            order by d.created_at
            limit @limit
            for update of d skip locked
            """, new { organizationId, now, limit = options.Value.BatchSize }, transaction, cancellationToken: cancellationToken))).AsList();
        if (batch.Count == 0)
        {
            return 0;
        }

        // The bytes first, inside the transaction: if the store fails nothing is marked and the next run tries again.
        // Deleting a key that is already gone succeeds.
        foreach (var document in batch.Where(d => d.FileDeletedAt is null))
        {
            await s3.DeleteObjectAsync(store.Value.Bucket, document.ObjectKey, cancellationToken);
        }

        var ids = batch.Select(d => d.Id).ToArray();
        if (what == Expired.Results)
        {
            await DocumentDeletion.DeleteRowsAsync(connection, transaction, organizationId, ids, batch.Select(d => d.JobId).Distinct().ToArray(), cancellationToken);
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                update intake.documents set file_deleted_at = @now, file_deleted_reason = @reason
                where organization_id = @organizationId and id = any(@ids)
                """, new { organizationId, ids, now, reason = OriginalFiles.DeletedByRetention }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }
}

/// <summary>What a purge removed: originals whose bytes were deleted, and documents deleted with their results.</summary>
public readonly record struct RetentionResult(int Originals, int Documents)
{
    public static RetentionResult operator +(RetentionResult a, RetentionResult b) => new(a.Originals + b.Originals, a.Documents + b.Documents);
}
