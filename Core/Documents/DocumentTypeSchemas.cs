using System.Text.Json.Nodes;
using Dapper;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>The JSON Schemas the Processor recorded for its loaded document types.</summary>
public sealed class DocumentTypeSchemas(NpgsqlDataSource dataSource)
{
    public async Task<JsonNode?> FindAsync(string documentType, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select json_schema::text from intake.document_types where document_type = @documentType",
            new { documentType }, cancellationToken: cancellationToken));
        return json is null ? null : JsonNode.Parse(json);
    }
}
