using System.Text.Json;
using Dapper;
using Npgsql;

namespace Intake.Notifier.Subscriptions;

/// <summary>What a create or update writes, already checked; the credential and secret already sealed.</summary>
public sealed record SubscriptionChange
{
    public string? Url { get; init; }
    public string[]? Events { get; init; }
    public string[]? TemplateIds { get; init; }
    public string[]? DocTypes { get; init; }
    public bool SetDescription { get; init; }
    public string? Description { get; init; }
    public string? AuthKind { get; init; }
    public string? AuthHeaderName { get; init; }
    public byte[]? AuthCredential { get; init; }
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public bool? IsActive { get; init; }
}

/// <summary>The SQL of <c>notifier.subscriptions</c>; every statement filters by organization.</summary>
public sealed class SubscriptionStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<SubscriptionRow> CreateAsync(Guid organizationId, SubscriptionChange change, byte[] sealedSecret, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<SubscriptionRow>(new CommandDefinition($"""
            insert into notifier.subscriptions (id, organization_id, url, events, filter_template_ids, filter_doc_types, description,
                auth_kind, auth_header_name, auth_credential, headers, is_active, secret, created_at, updated_at)
            values (@id, @organizationId, @Url, @Events, coalesce(@TemplateIds, array[]::text[]), coalesce(@DocTypes, array[]::text[]), @Description,
                coalesce(@AuthKind, 'none'), @AuthHeaderName, @AuthCredential, coalesce(@headersJson::jsonb, jsonb_build_object()), coalesce(@IsActive, true),
                @sealedSecret, @now, @now)
            returning {SubscriptionRow.Columns}
            """,
            Parameters(change, new { id = Guid.CreateVersion7(), organizationId, sealedSecret, now = clock.GetUtcNow() }),
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<SubscriptionRow>> ListAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"select {SubscriptionRow.Columns} from notifier.subscriptions where organization_id = @organizationId order by created_at",
            new { organizationId }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<SubscriptionRow?> FindAsync(Guid organizationId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"select {SubscriptionRow.Columns} from notifier.subscriptions where organization_id = @organizationId and id = @id",
            new { organizationId, id }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Applies a PATCH. <c>isActive: true</c> also resets health (the user says the endpoint is
    /// fixed); <c>isActive: false</c> cancels the deliveries still pending, in the same transaction.
    /// </summary>
    public async Task<SubscriptionRow?> UpdateAsync(Guid organizationId, Guid id, SubscriptionChange change, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition($"""
            update notifier.subscriptions set
                url = coalesce(@Url, url),
                events = coalesce(@Events, events),
                filter_template_ids = coalesce(@TemplateIds, filter_template_ids),
                filter_doc_types = coalesce(@DocTypes, filter_doc_types),
                description = case when @SetDescription then @Description else description end,
                auth_kind = coalesce(@AuthKind, auth_kind),
                auth_header_name = case when @AuthKind is null then auth_header_name else @AuthHeaderName end,
                auth_credential = case when @AuthKind is null then auth_credential else @AuthCredential end,
                headers = coalesce(@headersJson::jsonb, headers),
                is_active = coalesce(@IsActive, is_active),
                health = case when @IsActive then 'healthy' else health end,
                failing_since = case when @IsActive then null else failing_since end,
                updated_at = @now
            where organization_id = @organizationId and id = @id
            returning {SubscriptionRow.Columns}
            """, Parameters(change, new { organizationId, id, now }), transaction, cancellationToken: cancellationToken));
        if (row is { IsActive: false })
        {
            await CancelPendingAsync(connection, transaction, id, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    public async Task<bool> DeleteAsync(Guid organizationId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from notifier.subscriptions where organization_id = @organizationId and id = @id",
            new { organizationId, id }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Replaces the secret; the old one keeps signing beside it until <paramref name="previousExpiresAt"/>.</summary>
    public async Task<SubscriptionRow?> RotateSecretAsync(
        Guid organizationId, Guid id, byte[] sealedSecret, DateTimeOffset previousExpiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition($"""
            update notifier.subscriptions set previous_secret = secret, previous_secret_expires_at = @previousExpiresAt,
                secret = @sealedSecret, updated_at = @now
            where organization_id = @organizationId and id = @id
            returning {SubscriptionRow.Columns}
            """, new { organizationId, id, sealedSecret, previousExpiresAt, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>A subscription by id alone, for the document pull, which proves the organization with the secret.</summary>
    public async Task<SubscriptionRow?> FindForSecretCheckAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"select {SubscriptionRow.Columns} from notifier.subscriptions where id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Disables every subscription failing since <paramref name="failingBefore"/> or earlier with no
    /// success since, and cancels its pending deliveries: the 72 h rule holds even when no new
    /// attempt comes along to notice it. Across all organizations: it is the Notifier's housekeeping.
    /// </summary>
    /// <returns>How many subscriptions it disabled.</returns>
    public async Task<int> DisableFailingSinceAsync(DateTimeOffset failingBefore, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            with disabled as (
                update notifier.subscriptions set health = 'disabled', updated_at = @now
                where health = 'failing' and failing_since <= @failingBefore
                returning id),
            cancelled as (
                update notifier.deliveries set status = 'cancelled', completed_at = @now, next_attempt_at = null
                where subscription_id in (select id from disabled) and status = 'pending')
            select count(*) from disabled
            """, new { failingBefore, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    public static Task CancelPendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid subscriptionId, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            update notifier.deliveries set status = 'cancelled', completed_at = @now, next_attempt_at = null
            where subscription_id = @subscriptionId and status = 'pending'
            """, new { subscriptionId, now }, transaction, cancellationToken: cancellationToken));

    private static DynamicParameters Parameters(SubscriptionChange change, object extra)
    {
        var parameters = new DynamicParameters(new
        {
            change.Url, change.Events, change.TemplateIds, change.DocTypes, change.SetDescription, change.Description, change.AuthKind,
            change.AuthHeaderName, change.AuthCredential, change.IsActive,
            headersJson = change.Headers is null ? null : JsonSerializer.Serialize(change.Headers),
        });
        parameters.AddDynamicParams(extra);
        return parameters;
    }
}
