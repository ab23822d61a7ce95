using System.Text;
using Dapper;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>What <c>GET /api/documents</c> filters on; null means any. <see cref="Text"/> is a full-text search.</summary>
public sealed record DocumentFilter(
    string? ExtractionStatus = null, string? DocType = null, DateTime? CreatedFrom = null, DateTime? CreatedTo = null,
    string? ApprovalStatus = null, string? Text = null);

/// <summary>Where a page ended: the last document's sort key. <see cref="Rank"/> is set for a search.</summary>
public sealed record DocumentListPosition(DateTime CreatedAt, Guid Id, float? Rank);

public sealed record DocumentListPage(IReadOnlyList<DocumentRow> Items, DocumentListPosition? Next);

/// <summary>
/// Lists an organization's documents with keyset paging: newest first on (created_at, id), or,
/// for a search, by relevance, then newest first. A keyset (not an offset) keeps each document
/// on exactly one page while others arrive, because new ones sort before any page already read.
/// </summary>
public sealed class DocumentListing(NpgsqlDataSource dataSource)
{
    public async Task<DocumentListPage> ListAsync(
        Guid organizationId, DocumentFilter filter, DocumentListPosition? after, int limit, CancellationToken cancellationToken)
    {
        var search = filter.Text is not null;
        // 'simple', as the Processor indexes: words match as typed, in any language. Weights rank
        // a match in the fields (A) over the file name (B) over the text (C).
        const string Rank = "ts_rank(d.search, query)";
        var sql = new StringBuilder($"""
            select {DocumentRow.Columns}{(search ? $", {Rank} as rank" : ", null::real as rank")}
            from intake.documents d join intake.jobs j on j.id = d.job_id
            {(search ? "cross join websearch_to_tsquery('simple', @Text) as query" : "")}
            where d.organization_id = @organizationId
            """);
        void And(bool when, string condition)
        {
            if (when)
            {
                sql.Append("\n  and ").Append(condition);
            }
        }

        And(filter.ExtractionStatus is not null, "d.extraction_status = @ExtractionStatus");
        And(filter.DocType is not null, "d.doc_type = @DocType");
        And(filter.CreatedFrom is not null, "d.created_at >= @CreatedFrom");
        And(filter.CreatedTo is not null, "d.created_at < @CreatedTo");
        And(filter.ApprovalStatus is not null, "d.approval_status = @ApprovalStatus");
        And(search, "d.search @@ query");
        And(after is not null && search, $"({Rank}, d.created_at, d.id) < (@rank, @createdAt, @id)");
        And(after is not null && !search, "(d.created_at, d.id) < (@createdAt, @id)");
        sql.Append(search ? $"\norder by {Rank} desc, d.created_at desc, d.id desc" : "\norder by d.created_at desc, d.id desc");
        sql.Append("\nlimit @take");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DocumentRow, float?, (DocumentRow Row, float? Rank)>(new CommandDefinition(sql.ToString(),
            new
            {
                organizationId, filter.ExtractionStatus, filter.DocType, filter.CreatedFrom, filter.CreatedTo, filter.ApprovalStatus, filter.Text,
                rank = after?.Rank, createdAt = after?.CreatedAt, id = after?.Id, take = limit + 1,
            },
            cancellationToken: cancellationToken), (row, rank) => (row, rank), splitOn: "rank")).AsList();

        // One row past the page says whether there is a next one without counting.
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new DocumentListPosition(page[^1].Row.CreatedAt, page[^1].Row.Id, page[^1].Rank) : null;
        return new DocumentListPage(page.Select(r => r.Row).ToList(), next);
    }
}
