using Dapper;
using Intake.Core.Messaging;
using Intake.Core.Outbox;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>What a status change sets on a document; null leaves a column as it is.</summary>
public sealed record DocumentChange(string Status)
{
    public string? DocType { get; init; }
    public string? ExtractionErrorsJson { get; init; }
    public string? SummaryJson { get; init; }
    public string? ExtractionJson { get; init; }
    public string? ContentText { get; init; }
    public int? Pages { get; init; }
    public int? ProcessingTimeMs { get; init; }

    /// <summary>Makes the document findable by its text and its field values (Postgres full-text search).</summary>
    public bool Index { get; init; }
}

/// <summary>
/// Applies a document's status change and appends its events in ONE transaction, each event's
/// payload the document as it stands after the change (Core's one DocumentResponse builder).
/// </summary>
public sealed class DocumentStatusWriter(NpgsqlDataSource dataSource, TimeProvider clock, WakeUps wakeUps)
{
    /// <returns>The document after the change; null when it had already moved past it (another worker made it).</returns>
    public async Task<DocumentRow?> ApplyAsync(Guid documentId, DocumentChange change, IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            update intake.documents set
                extraction_status = @Status,
                doc_type = coalesce(@DocType, doc_type),
                extraction_errors = coalesce(@ExtractionErrorsJson::jsonb, extraction_errors),
                summary = coalesce(@SummaryJson::jsonb, summary),
                extraction = coalesce(@ExtractionJson::jsonb, extraction),
                content_text = coalesce(@ContentText, content_text),
                pages = coalesce(@Pages, pages),
                processing_time_ms = coalesce(@ProcessingTimeMs, processing_time_ms),
                updated_at = @now
            where id = @documentId and extraction_status = any(@from)
            """,
            new
            {
                documentId, from = ExtractionStatus.Before(change.Status), change.Status, change.DocType, change.ExtractionErrorsJson, change.SummaryJson, change.ExtractionJson,
                change.ContentText, change.Pages, change.ProcessingTimeMs, now,
            },
            transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            // A worker whose lease ran out while it was stalled must not record a change twice.
            return null;
        }

        if (change.Index)
        {
            // 'simple': no stemming, so invoice numbers and names match as typed, in any language.
            await connection.ExecuteAsync(new CommandDefinition("""
                update intake.documents set search =
                    setweight(to_tsvector('simple', coalesce(extraction -> 'fields', '{}'::jsonb)::text), 'A') ||
                    setweight(to_tsvector('simple', coalesce(file_name, '')), 'B') ||
                    setweight(to_tsvector('simple', coalesce(content_text, '')), 'C')
                where id = @documentId
                """, new { documentId }, transaction, cancellationToken: cancellationToken));
        }

        var row = await DocumentStore.LockAsync(connection, transaction, documentId, cancellationToken);
        if (change.Index && row.Pages is > 0)
        {
            // Usage is counted with the work it counts, so a crash can neither lose nor double it.
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into intake.page_usage (organization_id, month, pages) values (@OrganizationId, date_trunc('month', @now at time zone 'UTC')::date, @Pages)
                on conflict (organization_id, month) do update set pages = intake.page_usage.pages + excluded.pages
                """, new { row.OrganizationId, row.Pages, now }, transaction, cancellationToken: cancellationToken));
        }

        var payload = DocumentResponse.From(row);
        foreach (var eventName in events)
        {
            await OutboxWriter.AppendAsync(connection, transaction, row.OrganizationId, eventName, payload, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        wakeUps.Publish(WakeUps.Events, documentId.ToString());
        return row;
    }
}
