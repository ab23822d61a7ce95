using Amazon.S3;
using Dapper;
using Intake.Core.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>
/// Deletes documents' originals from the object store and records when, so the file route can
/// say 410 with the reason. Used after delivery (<c>deleteFilesAfterDelivery</c>) and by retention.
/// </summary>
public sealed class OriginalFiles(NpgsqlDataSource dataSource, IAmazonS3 s3, IOptions<ObjectStoreOptions> store, TimeProvider clock)
{
    /// <summary>The <c>file_deleted_reason</c> of an original deleted once its <c>document.ready</c> webhook was delivered.</summary>
    public const string DeletedAfterDelivery = "delivered";

    /// <summary>The <c>file_deleted_reason</c> of an original deleted by retention (7 days after upload in any case).</summary>
    public const string DeletedByRetention = "retention";

    /// <summary>Deletes the original once its <c>document.ready</c> webhook went out, if the organization asked for that.</summary>
    /// <returns>True when the file was deleted now.</returns>
    public async Task<bool> DeleteAfterDeliveryAsync(Guid organizationId, Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var objectKey = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition("""
            select d.object_key from intake.documents d join intake.organizations o on o.id = d.organization_id
            where d.organization_id = @organizationId and d.id = @documentId and d.file_deleted_at is null and o.delete_files_after_delivery
            """, new { organizationId, documentId }, cancellationToken: cancellationToken));
        if (objectKey is null)
        {
            return false;
        }

        await s3.DeleteObjectAsync(store.Value.Bucket, objectKey, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update intake.documents set file_deleted_at = @now, file_deleted_reason = @reason
            where organization_id = @organizationId and id = @documentId and file_deleted_at is null
            """, new { organizationId, documentId, now = clock.GetUtcNow(), reason = DeletedAfterDelivery }, cancellationToken: cancellationToken)) == 1;
    }
}
