namespace Intake.Core.Documents;

/// <summary>A document as stored, with the job fields its responses show.</summary>
public sealed class DocumentRow
{
    public Guid Id { get; init; }
    public Guid JobId { get; init; }
    public Guid OrganizationId { get; init; }
    public int Position { get; init; }
    public string FileName { get; init; } = "";
    public long FileSize { get; init; }
    public string MimeType { get; init; } = "";
    public string ObjectKey { get; init; } = "";
    public string? RequestedType { get; init; }
    public string? Metadata { get; init; }
    public int? Pages { get; init; }
    public string ExtractionStatus { get; init; } = Documents.ExtractionStatus.Pending;
    public string? DocType { get; init; }
    public string ExtractionErrors { get; init; } = "[]";
    public string? Summary { get; init; }
    public string? Extraction { get; init; }
    public int? ProcessingTimeMs { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string ApprovalStatus { get; init; } = Documents.ApprovalStatus.Pending;
    public string? ApprovalReason { get; init; }
    public DateTime? ApprovalDecidedAt { get; init; }

    /// <summary>When the original left the object store; the file route answers 410 from then on.</summary>
    public DateTime? FileDeletedAt { get; init; }

    /// <summary>Which rule deleted the original: <see cref="OriginalFiles.DeletedAfterDelivery"/> or <see cref="OriginalFiles.DeletedByRetention"/>.</summary>
    public string? FileDeletedReason { get; init; }

    public string? TemplateId { get; init; }
    public string? StaticValues { get; init; }

    /// <summary>The columns that fill a row, the job's included; from <c>intake.documents d join intake.jobs j</c>.</summary>
    public const string Columns = """
        d.id, d.job_id, d.organization_id, d.position, d.file_name, d.file_size, d.mime_type, d.object_key, d.requested_type,
        d.metadata::text as metadata, d.pages, d.extraction_status, d.doc_type, d.extraction_errors::text as extraction_errors,
        d.summary::text as summary, d.extraction::text as extraction, d.processing_time_ms, d.created_at, d.updated_at,
        d.approval_status, d.approval_reason, d.approval_decided_at, d.file_deleted_at, d.file_deleted_reason,
        j.template_id, j.static_values::text as static_values
        """;
}
