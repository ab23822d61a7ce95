using System.Text.Json;
using Dapper;
using Npgsql;

namespace Intake.Core.Templates;

/// <summary>A stored template: its id, its definition and when it was written.</summary>
public sealed record StoredTemplate(Guid Id, TemplateDefinition Definition, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>All SQL on <c>intake.templates</c>; every statement is scoped to the caller's organization.</summary>
public sealed class TemplateStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>At most this many templates per organization; a list returns them all.</summary>
    public const int MaxPerOrganization = 500;

    public async Task<StoredTemplate?> CreateAsync(Guid organizationId, TemplateDefinition definition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = Guid.CreateVersion7();
        // The count and the insert in one statement, so concurrent creates cannot pass the limit together by much.
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into intake.templates (id, organization_id, name, definition, created_at, updated_at)
            select @id, @organizationId, @name, @definition::jsonb, @now, @now
            where (select count(*) from intake.templates where organization_id = @organizationId) < @max
            """,
            new { id, organizationId, name = definition.Name, definition = Serialize(definition), now, max = MaxPerOrganization },
            cancellationToken: cancellationToken));
        return inserted == 0 ? null : new StoredTemplate(id, definition, now, now);
    }

    public async Task<StoredTemplate?> GetAsync(Guid organizationId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TemplateRow>(new CommandDefinition("""
            select id, definition::text as definition, created_at, updated_at from intake.templates where organization_id = @organizationId and id = @id
            """, new { organizationId, id }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<IReadOnlyList<StoredTemplate>> ListAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TemplateRow>(new CommandDefinition("""
            select id, definition::text as definition, created_at, updated_at from intake.templates
            where organization_id = @organizationId order by created_at, id
            """, new { organizationId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToStored()).ToList();
    }

    public async Task<bool> ExistsAsync(Guid organizationId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from intake.templates where organization_id = @organizationId and id = @id)",
            new { organizationId, id }, cancellationToken: cancellationToken));
    }

    public async Task<StoredTemplate?> ReplaceAsync(Guid organizationId, Guid id, TemplateDefinition definition, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TemplateRow>(new CommandDefinition("""
            update intake.templates set name = @name, definition = @definition::jsonb, updated_at = @now
            where organization_id = @organizationId and id = @id
            returning id, definition::text as definition, created_at, updated_at
            """,
            new { organizationId, id, name = definition.Name, definition = Serialize(definition), now = clock.GetUtcNow().UtcDateTime },
            cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<bool> DeleteAsync(Guid organizationId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from intake.templates where organization_id = @organizationId and id = @id",
            new { organizationId, id }, cancellationToken: cancellationToken)) > 0;
    }

    private static string Serialize(TemplateDefinition definition) => JsonSerializer.Serialize(definition, JsonSerializerOptions.Web);

    private sealed class TemplateRow
    {
        public Guid Id { get; init; }
        public string Definition { get; init; } = "";
        public DateTime CreatedAt { get; init; }
        public DateTime UpdatedAt { get; init; }

        public StoredTemplate ToStored() =>
            new(Id, JsonSerializer.Deserialize<TemplateDefinition>(Definition, JsonSerializerOptions.Web)!, DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc),
                DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc));
    }
}
