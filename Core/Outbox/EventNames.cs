namespace Intake.Core.Outbox;

/// <summary>The events of DESIGN.md ("Statuses and events"): what subscribers may subscribe to.</summary>
public static class EventNames
{
    public const string DocumentCreated = "document.created";
    public const string DocumentStatusChanged = "document.status_changed";
    public const string ExtractionCompleted = "extraction.completed";
    public const string ExtractionFailed = "extraction.failed";
    public const string DocumentProcessed = "document.processed";
    public const string DocumentReady = "document.ready";
    public const string BatchCompleted = "batch.completed";
    public const string BatchFailed = "batch.failed";
    public const string DocumentApproved = "document.approved";
    public const string DocumentRejected = "document.rejected";
    public const string QuotaWarning = "quota.warning";
    public const string QuotaExceeded = "quota.exceeded";
    public const string WebhookTest = "webhook.test";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>
    {
        DocumentCreated, DocumentStatusChanged, ExtractionCompleted, ExtractionFailed, DocumentProcessed, DocumentReady,
        BatchCompleted, BatchFailed, DocumentApproved, DocumentRejected, QuotaWarning, QuotaExceeded, WebhookTest,
    };
}
