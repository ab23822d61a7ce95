using System.Text.Json;
using Dapper;
using Npgsql;

namespace Intake.Processor.Plugins;

/// <summary>
/// Keeps <c>intake.document_types</c> equal to the extractors loaded now: each type with its
/// display name, version, plugin and JSON Schema. Replicas share one plugins folder, so they
/// write the same rows; the last write wins.
/// </summary>
public sealed class DocumentTypeRegistry(NpgsqlDataSource dataSource, PluginCatalog catalog, ILogger<DocumentTypeRegistry> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        // Taken under the lock, so a later sync never writes an older picture.
        var types = catalog.Plugins
            .SelectMany(p => p.Extractors.Select(e => new
            {
                documentType = e.Descriptor.DocumentType,
                displayName = e.Descriptor.DisplayName,
                version = e.Descriptor.Version,
                plugin = p.Name,
                jsonSchema = e.Descriptor.JsonSchema,
            }))
            .ToList();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "delete from intake.document_types where not (document_type = any(@loaded))",
                new { loaded = types.Select(t => t.documentType).ToArray() }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into intake.document_types (document_type, display_name, version, plugin, json_schema, updated_at)
                values (@documentType, @displayName, @version, @plugin, @jsonSchema::jsonb, now())
                on conflict (document_type) do update set
                    display_name = excluded.display_name, version = excluded.version, plugin = excluded.plugin,
                    json_schema = excluded.json_schema, updated_at = excluded.updated_at
                """, types, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }

        logger.LogInformation("Document types recorded: {Types}", string.Join(", ", types.Select(t => $"{t.documentType} {t.version}")));
    }
}
