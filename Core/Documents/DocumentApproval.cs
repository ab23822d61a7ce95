namespace Intake.Core.Documents;

/// <summary>A document's approval: PENDING until a reviewer approves or rejects it.</summary>
public static class ApprovalStatus
{
    public const string Pending = "PENDING";
    public const string Approved = "APPROVED";
    public const string Rejected = "REJECTED";

    public static readonly string[] All = [Pending, Approved, Rejected];
}

public enum ApprovalDecision
{
    Approve,
    Reject,
}

/// <summary>
/// What a reviewer may do, and when. A document can be decided on once the pipeline has its
/// fields (EXTRACTED or INDEXED); PENDING, PARTIAL and FAILED documents have nothing to approve.
/// A decision is final, so a subscriber that acted on <c>document.approved</c> (paid the invoice,
/// say) never sees it taken back; a document decided wrongly is uploaded and reviewed again.
/// <code>
/// approval \ decision | approve   | reject
/// PENDING             | APPROVED  | REJECTED
/// APPROVED            | refused   | refused
/// REJECTED            | refused   | refused
/// </code>
/// </summary>
public static class DocumentApproval
{
    public static readonly string[] DecidableExtractionStatuses = [ExtractionStatus.Extracted, ExtractionStatus.Indexed];

    private static readonly Dictionary<(string From, ApprovalDecision Decision), string> Moves = new()
    {
        [(ApprovalStatus.Pending, ApprovalDecision.Approve)] = ApprovalStatus.Approved,
        [(ApprovalStatus.Pending, ApprovalDecision.Reject)] = ApprovalStatus.Rejected,
    };

    /// <returns>The approval status after the decision; null when the table refuses it.</returns>
    public static string? Next(string from, ApprovalDecision decision) => Moves.GetValueOrDefault((from, decision));

    public static string EventOf(ApprovalDecision decision) =>
        decision == ApprovalDecision.Approve ? Outbox.EventNames.DocumentApproved : Outbox.EventNames.DocumentRejected;
}
