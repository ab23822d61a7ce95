using Dapper;
using Npgsql;

namespace Intake.Core.Idempotency;

/// <summary>
/// All SQL on <c>intake.idempotency_keys</c>. A key counts while it is younger than the
/// caller's lifetime: an expired row is treated as absent and replaced by the next claim,
/// so expiry does not wait for the cleanup.
/// </summary>
public sealed class IdempotencyKeys(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        key, request_hash as RequestHash, job_id as JobId, status_code as StatusCode, location, body, created_at as CreatedAt
        """;

    /// <summary>The answer stored for <paramref name="key"/> if it was created after <paramref name="expiredBefore"/>.</summary>
    public async Task<StoredAnswer?> FindAsync(Guid organizationId, string key, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredAnswer>(new CommandDefinition($"""
            select {Columns} from intake.idempotency_keys
            where organization_id = @organizationId and key = @key and created_at > @expiredBefore
            """,
            new { organizationId, key, expiredBefore }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Records the key inside the upload's transaction. False when a live row holds the key
    /// already: the primary key makes a concurrent claim wait for the other transaction, and
    /// if that one commits, this one loses and must roll back.
    /// </summary>
    public static async Task<bool> TryClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organizationId, Guid jobId, IdempotencyClaim claim, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var claimed = await connection.ExecuteScalarAsync<int?>(new CommandDefinition("""
            insert into intake.idempotency_keys (organization_id, key, request_hash, job_id, status_code, location, body, created_at)
            values (@organizationId, @Key, @RequestHash, @jobId, @StatusCode, @Location, @Body, @now)
            on conflict (organization_id, key) do update set
                request_hash = excluded.request_hash, job_id = excluded.job_id, status_code = excluded.status_code,
                location = excluded.location, body = excluded.body, created_at = excluded.created_at
            where idempotency_keys.created_at <= @ExpiredBefore
            returning 1
            """,
            new { organizationId, claim.Key, claim.RequestHash, jobId, claim.StatusCode, claim.Location, claim.Body, now, claim.ExpiredBefore },
            transaction, cancellationToken: cancellationToken));
        return claimed is not null;
    }

    /// <summary>Deletes keys of every organization created before <paramref name="expiredBefore"/>; they no longer count anyway.</summary>
    public async Task<int> DeleteExpiredAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from intake.idempotency_keys where created_at <= @expiredBefore",
            new { expiredBefore }, cancellationToken: cancellationToken));
    }
}

/// <summary>A key as stored: the fingerprint of the request that made it and the answer to replay.</summary>
public sealed record StoredAnswer(string Key, byte[] RequestHash, Guid JobId, int StatusCode, string? Location, byte[] Body, DateTime CreatedAt);

/// <summary>What an upload with an <c>Idempotency-Key</c> records with its job.</summary>
/// <param name="ExpiredBefore">A row older than this is expired and may be replaced.</param>
public sealed record IdempotencyClaim(string Key, byte[] RequestHash, int StatusCode, string? Location, byte[] Body, DateTimeOffset ExpiredBefore);
