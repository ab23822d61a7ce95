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

    /// <summary>
    /// Deletes the originals of documents whose <c>document.ready</c> webhook went out, where their organization
    /// asked for that. Many at once: under load a delivery ends every millisecond, and one lookup each would cost more
    /// than the deliveries themselves.
    /// </summary>
    /// <returns>How many files were deleted now.</returns>
    public async Task<int> DeleteAfterDeliveryAsync(IReadOnlyCollection<DeliveredDocument> delivered, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var originals = (await connection.QueryAsync<(Guid OrganizationId, Guid Id, string ObjectKey)>(new CommandDefinition("""
            select d.organization_id, d.id, d.object_key
            from unnest(@organizationIds, @documentIds) as u(organization_id, id)
            join intake.documents d on d.organization_id = u.organization_id and d.id = u.id
            join intake.organizations o on o.id = d.organization_id
            where d.file_deleted_at is null and o.delete_files_after_delivery
            """, new
        {
            organizationIds = delivered.Select(d => d.OrganizationId).ToArray(),
            documentIds = delivered.Select(d => d.DocumentId).ToArray(),
        }, cancellationToken: cancellationToken))).AsList();
        if (originals.Count == 0)
        {
            return 0;
        }

        // The bytes first: a file marked deleted is one the file route answers 410 for, so it must really be gone.
        foreach (var original in originals)
        {
            await s3.DeleteObjectAsync(store.Value.Bucket, original.ObjectKey, cancellationToken);
        }

        return await connection.ExecuteAsync(new CommandDefinition("""
            update intake.documents d set file_deleted_at = @now, file_deleted_reason = @reason
            from unnest(@organizationIds, @documentIds) as u(organization_id, id)
            where d.organization_id = u.organization_id and d.id = u.id and d.file_deleted_at is null
            """, new
        {
            organizationIds = originals.Select(o => o.OrganizationId).ToArray(),
            documentIds = originals.Select(o => o.Id).ToArray(),
            now = clock.GetUtcNow(),
            reason = DeletedAfterDelivery,
        }, cancellationToken: cancellationToken));
    }
}

/// <summary>A document whose <c>document.ready</c> webhook was delivered.</summary>
public sealed record DeliveredDocument(Guid OrganizationId, Guid DocumentId);
