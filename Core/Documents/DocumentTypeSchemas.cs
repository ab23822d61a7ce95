using System.Text.Json.Nodes;
using Dapper;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>The document types the Processor recorded from its loaded plugins, with their JSON Schemas.</summary>
public sealed class DocumentTypeSchemas(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<DocumentTypeInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string DocumentType, string DisplayName, string Version, string Plugin, string JsonSchema, DateTime UpdatedAt)>(
            new CommandDefinition(
                "select document_type, display_name, version, plugin, json_schema::text, updated_at from intake.document_types order by document_type",
                cancellationToken: cancellationToken));
        return rows.Select(r => new DocumentTypeInfo(r.DocumentType, r.DisplayName, r.Version, r.Plugin, JsonNode.Parse(r.JsonSchema), r.UpdatedAt)).ToList();
    }

    public async Task<JsonNode?> FindAsync(string documentType, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select json_schema::text from intake.document_types where document_type = @documentType",
            new { documentType }, cancellationToken: cancellationToken));
        return json is null ? null : JsonNode.Parse(json);
    }
}

/// <summary>One loaded document type as <c>GET /api/document-types</c> shows it.</summary>
public sealed record DocumentTypeInfo(string DocumentType, string DisplayName, string Version, string Plugin, JsonNode? Schema, DateTime UpdatedAt);
