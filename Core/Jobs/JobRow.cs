using Intake.Core.Idempotency;

namespace Intake.Core.Jobs;

/// <summary>A job as stored.</summary>
public sealed class JobRow
{
    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public string? TemplateId { get; init; }
    public string? StaticValues { get; init; }
    public bool IsArchive { get; init; }
    public string Status { get; init; } = JobStatus.New;
    public string SkippedEntries { get; init; } = "[]";
    public string? Traceparent { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? FinishedAt { get; init; }

    public const string Columns = """
        id, organization_id, template_id, static_values::text as static_values, is_archive, status,
        skipped_entries::text as skipped_entries, traceparent, created_at, updated_at, finished_at
        """;
}

/// <summary>What an upload creates: the job and one entry per document (already in the object store).</summary>
public sealed record NewJob(Guid Id, Guid OrganizationId, string? TemplateId, string? StaticValuesJson, bool IsArchive, IReadOnlyList<NewDocument> Documents)
{
    /// <summary>Archive entries that did not become documents, with the reason: <c>[{name, reason}]</c>.</summary>
    public string SkippedEntriesJson { get; init; } = "[]";

    /// <summary>The upload's <c>Idempotency-Key</c> and the answer to replay, recorded in the job's transaction.</summary>
    public IdempotencyClaim? Idempotency { get; init; }

    /// <summary>An archive is opened by the Api at upload, so its job starts unzipped.</summary>
    public string InitialStatus => IsArchive ? JobStatus.UnzipSucceeded : JobStatus.New;
}

public sealed record NewDocument(Guid Id, string FileName, long FileSize, string MimeType, string ObjectKey, string? RequestedType, string? MetadataJson);
