using Dapper;
using Npgsql;

namespace Intake.Core.Organizations;

/// <summary>Organizations and their API keys: all SQL on <c>intake.organizations</c> and <c>intake.api_keys</c>.</summary>
public sealed class OrganizationStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private const string OrganizationColumns = """
        id, name, monthly_page_quota as MonthlyPageQuota, result_retention_days as ResultRetentionDays, original_retention_days as OriginalRetentionDays,
        delete_files_after_delivery as DeleteFilesAfterDelivery, created_at as CreatedAt, updated_at as UpdatedAt
        """;

    private const string KeyColumns = "id, organization_id as OrganizationId, name, created_at as CreatedAt, revoked_at as RevokedAt";

    public async Task<Organization> CreateAsync(string name, OrganizationSettings requested, CancellationToken cancellationToken)
    {
        var settings = requested.WithDefaults();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<Organization>(new CommandDefinition($"""
            insert into intake.organizations (id, name, monthly_page_quota, result_retention_days, original_retention_days, delete_files_after_delivery)
            values (@id, @name, @MonthlyPageQuota, @ResultRetentionDays, @OriginalRetentionDays, @DeleteFilesAfterDelivery)
            returning {OrganizationColumns}
            """,
            new { id = Guid.CreateVersion7(), name, settings.MonthlyPageQuota, settings.ResultRetentionDays, settings.OriginalRetentionDays, settings.DeleteFilesAfterDelivery },
            cancellationToken: cancellationToken));
    }

    public async Task<Organization?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Organization>(new CommandDefinition(
            $"select {OrganizationColumns} from intake.organizations where id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Organization>(new CommandDefinition(
            $"select {OrganizationColumns} from intake.organizations order by created_at, id", cancellationToken: cancellationToken))).AsList();
    }

    public async Task<Organization?> UpdateAsync(Guid id, OrganizationSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Organization>(new CommandDefinition($"""
            update intake.organizations set
                name = coalesce(@Name, name),
                monthly_page_quota = coalesce(@MonthlyPageQuota, monthly_page_quota),
                result_retention_days = coalesce(@ResultRetentionDays, result_retention_days),
                original_retention_days = coalesce(@OriginalRetentionDays, original_retention_days),
                delete_files_after_delivery = coalesce(@DeleteFilesAfterDelivery, delete_files_after_delivery),
                updated_at = @now
            where id = @id
            returning {OrganizationColumns}
            """,
            new { id, settings.Name, settings.MonthlyPageQuota, settings.ResultRetentionDays, settings.OriginalRetentionDays, settings.DeleteFilesAfterDelivery, now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Issues a key; the returned <see cref="ApiKey.Key"/> is the only time anyone sees it.</summary>
    public async Task<(ApiKey Key, ApiKeyInfo Info)> IssueKeyAsync(Guid organizationId, string name, CancellationToken cancellationToken)
    {
        var key = ApiKey.Create();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var info = await connection.QuerySingleAsync<ApiKeyInfo>(new CommandDefinition($"""
            insert into intake.api_keys (id, organization_id, name, key_hash) values (@Id, @organizationId, @name, @hash)
            returning {KeyColumns}
            """,
            new { key.Id, organizationId, name, hash = ApiKey.Hash(key.Key) }, cancellationToken: cancellationToken));
        return (key, info);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ApiKeyInfo>(new CommandDefinition(
            $"select {KeyColumns} from intake.api_keys where organization_id = @organizationId order by created_at, id",
            new { organizationId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Revokes a key of that organization; false when it has no such key.</summary>
    public async Task<bool> RevokeKeyAsync(Guid organizationId, string keyId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update intake.api_keys set revoked_at = coalesce(revoked_at, @now)
            where organization_id = @organizationId and id = @keyId
            """,
            new { organizationId, keyId, now = clock.GetUtcNow() }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>The organization a presented key belongs to, or null if the key is unknown, wrong or revoked.</summary>
    public async Task<Guid?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKey.TryGetId(presentedKey, out var id))
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<(Guid OrganizationId, byte[] KeyHash, DateTime? RevokedAt)>(new CommandDefinition(
            "select organization_id, key_hash, revoked_at from intake.api_keys where id = @id", new { id }, cancellationToken: cancellationToken));
        return stored.KeyHash is not null && stored.RevokedAt is null && ApiKey.Matches(presentedKey, stored.KeyHash)
            ? stored.OrganizationId
            : null;
    }

    /// <summary>
    /// Creates the development organization with the AppHost's key unless that key exists;
    /// safe when several Api replicas start at once (the key id is the primary key).
    /// </summary>
    public async Task<bool> EnsureDevelopmentOrganizationAsync(string devKey, CancellationToken cancellationToken)
    {
        if (!ApiKey.TryGetId(devKey, out var keyId))
        {
            throw new InvalidOperationException("Bootstrap:DevApiKey is not an Intake API key (ik_<id>_<secret>).");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Replicas starting together take turns, so only one creates the organization.
        await connection.ExecuteAsync(new CommandDefinition(
            "select pg_advisory_xact_lock(hashtextextended('intake.bootstrap.' || @keyId, 0))", new { keyId }, transaction, cancellationToken: cancellationToken));
        var organizationId = Guid.CreateVersion7();
        var created = await connection.ExecuteAsync(new CommandDefinition("""
            with organization as (
                insert into intake.organizations (id, name, monthly_page_quota, result_retention_days, original_retention_days, delete_files_after_delivery)
                select @organizationId, 'Development', @MonthlyPageQuota, @ResultRetentionDays, @OriginalRetentionDays, @DeleteFilesAfterDelivery
                where not exists (select 1 from intake.api_keys where id = @keyId)
                returning id)
            insert into intake.api_keys (id, organization_id, name, key_hash)
            select @keyId, id, 'development', @hash from organization
            on conflict (id) do nothing
            """,
            new
            {
                organizationId, keyId, hash = ApiKey.Hash(devKey),
                OrganizationSettings.Defaults.MonthlyPageQuota, OrganizationSettings.Defaults.ResultRetentionDays,
                OrganizationSettings.Defaults.OriginalRetentionDays, OrganizationSettings.Defaults.DeleteFilesAfterDelivery,
            },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return created == 1;
    }
}
