using System.Text.Json.Nodes;

namespace Intake.Core.Documents;

/// <summary>
/// The document resource of DESIGN.md, also the <c>data</c> of every document event. Built by
/// <see cref="From"/> only, so the API and the outbox can never disagree on its shape.
/// </summary>
public sealed record DocumentResponse(
    bool Success,
    Guid DocumentId,
    Guid JobId,
    string? TemplateId,
    JsonNode? StaticValues,
    DocumentStatusResponse Status,
    DocumentMetadataResponse Metadata,
    int? ProcessingTimeMs,
    JsonNode? Document,
    JsonNode? Extraction,
    DocumentApprovalResponse Approval)
{
    /// <summary>The document type's JSON Schema, with <c>includeSchema=true</c>.</summary>
    public JsonNode? Schema { get; init; }

    public static DocumentResponse From(DocumentRow row) => new(
        Success: row.ExtractionStatus != ExtractionStatus.Failed,
        DocumentId: row.Id,
        JobId: row.JobId,
        TemplateId: row.TemplateId,
        StaticValues: Parse(row.StaticValues),
        Status: new DocumentStatusResponse(
            row.ExtractionStatus, row.DocType, row.CreatedAt, row.UpdatedAt, Parse(row.ExtractionErrors) ?? new JsonArray()),
        Metadata: new DocumentMetadataResponse(row.FileName, row.FileSize, row.MimeType, row.Pages),
        ProcessingTimeMs: row.ProcessingTimeMs,
        Document: Parse(row.Summary),
        Extraction: Parse(row.Extraction),
        Approval: new DocumentApprovalResponse(row.ApprovalStatus, row.ApprovalReason, row.ApprovalDecidedAt));

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}

public sealed record DocumentStatusResponse(string ExtractionStatus, string? DocType, DateTime CreatedAt, DateTime UpdatedAt, JsonNode ExtractionErrors);

public sealed record DocumentMetadataResponse(string FileName, long FileSize, string MimeType, int? Pages);

/// <summary>The reviewer's decision: <c>PENDING</c>, or <c>APPROVED</c> / <c>REJECTED</c> with the reason given and when.</summary>
public sealed record DocumentApprovalResponse(string Status, string? Reason, DateTime? DecidedAt);
