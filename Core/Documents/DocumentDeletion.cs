using Amazon.S3;
using Dapper;
using Intake.Core.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>
/// Deletes a document at its owner's request: its original in the object store, its row, and
/// its job's row once the job has no document left. The outbox keeps the events already written:
/// they are what subscribers were told, and the Notifier's deliveries point at them.
/// </summary>
public sealed class DocumentDeletion(NpgsqlDataSource dataSource, IAmazonS3 s3, IOptions<ObjectStoreOptions> store)
{
    /// <returns>False when the organization has no such document.</returns>
    public async Task<bool> DeleteAsync(Guid organizationId, Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var document = await connection.QuerySingleOrDefaultAsync<(string? ObjectKey, Guid JobId)>(new CommandDefinition("""
            select object_key, job_id from intake.documents where organization_id = @organizationId and id = @documentId for update
            """, new { organizationId, documentId }, transaction, cancellationToken: cancellationToken));
        if (document.ObjectKey is null)
        {
            return false;
        }

        // The bytes go first, inside the transaction: if the store fails the row stays and the
        // client can retry; if the commit fails the row outlives bytes the file route reports gone.
        // Deleting a key that is already gone succeeds, so a retry or an earlier deletion is fine.
        await s3.DeleteObjectAsync(store.Value.Bucket, document.ObjectKey, cancellationToken);
        await DeleteRowsAsync(connection, transaction, organizationId, [documentId], [document.JobId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes the documents' rows, and each of their jobs left with no document; the caller has deleted their bytes.</summary>
    public static Task DeleteRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organizationId,
        Guid[] documentIds, Guid[] jobIds, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            delete from intake.documents where organization_id = @organizationId and id = any(@documentIds);
            delete from intake.jobs j where j.organization_id = @organizationId and j.id = any(@jobIds)
                and not exists (select 1 from intake.documents d where d.job_id = j.id);
            """, new { organizationId, documentIds, jobIds }, transaction, cancellationToken: cancellationToken));
}
