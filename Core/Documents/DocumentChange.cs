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

/// <summary>One status change of a document and the events that report it.</summary>
public sealed record DocumentStep(DocumentChange Change, IReadOnlyList<string> Events);

/// <summary>
/// Applies a document's status changes and appends their events in ONE transaction, each event's
/// payload the document as it stands after its change (Core's one DocumentResponse builder).
/// Changes made back to back (classified, extracted, indexed) go in one transaction, in order:
/// few round trips per document is what lets the Processor keep up with pdftotext.
/// </summary>
public sealed class DocumentStatusWriter(NpgsqlDataSource dataSource, TimeProvider clock, WakeUps wakeUps)
{
    /// <returns>The document after the change; null when it had already moved past it (another worker made it).</returns>
    public Task<DocumentRow?> ApplyAsync(Guid documentId, DocumentChange change, IReadOnlyList<string> events, CancellationToken cancellationToken) =>
        ApplyAsync(documentId, [new DocumentStep(change, events)], cancellationToken);

    /// <returns>The document after the last change made; null when it had already moved past all of them.</returns>
    public async Task<DocumentRow?> ApplyAsync(Guid documentId, IReadOnlyList<DocumentStep> steps, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var events = new List<PendingEvent>();
        DocumentRow? last = null;
        var indexedPages = 0;
        foreach (var step in steps)
        {
            // A worker whose lease ran out while it was stalled must not record a change twice.
            if (await ChangeAsync(connection, transaction, documentId, step.Change, now, cancellationToken) is not { } row)
            {
                continue;
            }

            var payload = DocumentResponse.From(row);
            events.AddRange(step.Events.Select(name => new PendingEvent(row.OrganizationId, name, payload)));
            indexedPages += step.Change.Index ? row.Pages ?? 0 : 0;
            last = row;
        }

        if (last is null)
        {
            return null;
        }

        if (indexedPages > 0)
        {
            // Usage is counted with the work it counts, so a crash can neither lose nor double it.
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into intake.page_usage (organization_id, month, pages) values (@OrganizationId, date_trunc('month', @now at time zone 'UTC')::date, @indexedPages)
                on conflict (organization_id, month) do update set pages = intake.page_usage.pages + excluded.pages
                """, new { last.OrganizationId, indexedPages, now }, transaction, cancellationToken: cancellationToken));
        }

        await OutboxWriter.AppendManyAsync(connection, transaction, events, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        wakeUps.Publish(WakeUps.Events, documentId.ToString());
        return last;
    }

    /// <summary>The change, and the document as it stands after it (locked by the update); null when it was no longer due.</summary>
    private static Task<DocumentRow?> ChangeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId, DocumentChange change, DateTimeOffset now, CancellationToken cancellationToken) =>
        // 'simple' search configuration: no stemming, so invoice numbers and names match as typed, in any language.
        // The vector is computed from the new values, since SET sees the row as it was.
        connection.QuerySingleOrDefaultAsync<DocumentRow?>(new CommandDefinition($$"""
            with d as (
                update intake.documents set
                    extraction_status = @Status,
                    doc_type = coalesce(@DocType, doc_type),
                    extraction_errors = coalesce(@ExtractionErrorsJson::jsonb, extraction_errors),
                    summary = coalesce(@SummaryJson::jsonb, summary),
                    extraction = coalesce(@ExtractionJson::jsonb, extraction),
                    content_text = coalesce(@ContentText, content_text),
                    pages = coalesce(@Pages, pages),
                    processing_time_ms = coalesce(@ProcessingTimeMs, processing_time_ms),
                    search = case when @Index then
                        setweight(to_tsvector('simple', coalesce(coalesce(@ExtractionJson::jsonb, extraction) -> 'fields', '{}'::jsonb)::text), 'A') ||
                        setweight(to_tsvector('simple', coalesce(file_name, '')), 'B') ||
                        setweight(to_tsvector('simple', coalesce(@ContentText, content_text, '')), 'C')
                        else search end,
                    updated_at = @now
                where id = @documentId and extraction_status = any(@from)
                returning *)
            select {{DocumentRow.Columns}} from d join intake.jobs j on j.id = d.job_id
            """,
            new
            {
                documentId, from = ExtractionStatus.Before(change.Status), change.Status, change.DocType, change.ExtractionErrorsJson, change.SummaryJson, change.ExtractionJson,
                change.ContentText, change.Pages, change.ProcessingTimeMs, change.Index, now,
            },
            transaction, cancellationToken: cancellationToken));
}
