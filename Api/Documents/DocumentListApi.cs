using System.Globalization;
using Intake.Core.Documents;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Documents;

/// <summary><c>GET /api/documents</c>: the caller's documents, filtered or searched, a page at a time.</summary>
public static class DocumentListApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    private static readonly string[] Statuses =
        [ExtractionStatus.Pending, ExtractionStatus.Partial, ExtractionStatus.Extracted, ExtractionStatus.Indexed, ExtractionStatus.Failed];

    public static RouteGroupBuilder MapDocumentList(this RouteGroupBuilder documents)
    {
        documents.MapGet("/", ListDocuments);
        return documents;
    }

    public static async Task<Results<Ok<DocumentListResponse>, ProblemHttpResult>> ListDocuments(
        string? status, string? docType, string? createdFrom, string? createdTo, string? approval, string? q, string? cursor, int? limit,
        CallerOrganization caller, DocumentListing listing, CancellationToken cancellationToken)
    {
        // Each check runs, so each out value is set; the first problem is the answer.
        ProblemHttpResult?[] problems =
        [
            OneOf("status", status, Statuses, out var extractionStatus),
            OneOf("approval", approval, ApprovalStatus.All, out var approvalStatus),
            Instant("createdFrom", createdFrom, out var from),
            Instant("createdTo", createdTo, out var to),
        ];
        if (problems.FirstOrDefault(p => p is not null) is { } invalid)
        {
            return invalid;
        }

        if (limit is < 1 or > MaxLimit)
        {
            return Invalid("invalid-limit", $"limit must be between 1 and {MaxLimit}, not {limit}.");
        }

        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        DocumentListPosition? after = null;
        // A search's cursor carries a rank and a list's does not: one cannot continue the other.
        if (cursor is not null && (!DocumentCursor.TryDecode(cursor, out after) || after!.Rank is null != text is null))
        {
            return Invalid("invalid-cursor", "cursor is not one this list gave; pass nextCursor back as it is, with the same filters and q.");
        }

        var filter = new DocumentFilter(extractionStatus, string.IsNullOrWhiteSpace(docType) ? null : docType.Trim().ToUpperInvariant(), from, to, approvalStatus, text);
        var page = await listing.ListAsync(caller.Id, filter, after, limit ?? DefaultLimit, cancellationToken);
        return TypedResults.Ok(new DocumentListResponse(
            page.Items.Select(DocumentResponse.From).ToList(), page.Next is null ? null : DocumentCursor.Encode(page.Next)));
    }

    /// <summary>Upper-cased <paramref name="value"/> when it is one of <paramref name="allowed"/>; a problem naming them when not.</summary>
    private static ProblemHttpResult? OneOf(string name, string? value, string[] allowed, out string? normalized)
    {
        normalized = string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
        return normalized is null || allowed.Contains(normalized)
            ? null
            : Invalid("invalid-filter", $"{name} '{value}' is not one of: {string.Join(", ", allowed)}.");
    }

    /// <summary>ISO 8601; without an offset it is taken as UTC, as every time in this API is.</summary>
    private static ProblemHttpResult? Instant(string name, string? value, out DateTime? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return Invalid("invalid-filter", $"{name} '{value}' is not an ISO 8601 date or time, such as 2026-01-31 or 2026-01-31T12:00:00Z.");
        }

        instant = parsed.UtcDateTime;
        return null;
    }

    private static ProblemHttpResult Invalid(string type, string detail) => ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, type, detail);
}

public sealed record DocumentListResponse(IReadOnlyList<DocumentResponse> Items, string? NextCursor);
