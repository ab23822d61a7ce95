using Intake.Core.Documents;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intake.Api.Documents;

/// <summary>The approval workflow: a reviewer approves or rejects a processed document, once (see <see cref="DocumentApproval"/>).</summary>
public static class DocumentApprovalApi
{
    /// <summary>Long enough for a paragraph of explanation; a reason is a note, not a document.</summary>
    public const int MaxReasonLength = 2000;

    public static RouteGroupBuilder MapDocumentApproval(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/approve", Approve);
        documents.MapPost("/{id:guid}/reject", Reject);
        return documents;
    }

    /// <summary>The body is optional; its <c>reason</c> is kept as the approver's note.</summary>
    public static Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> Approve(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApprovalRequest? body, CallerOrganization caller, DocumentApprovals approvals,
        CancellationToken cancellationToken) =>
        DecideAsync(id, ApprovalDecision.Approve, body?.Reason, caller, approvals, cancellationToken);

    public static Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> Reject(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApprovalRequest? body, CallerOrganization caller, DocumentApprovals approvals,
        CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(body?.Reason)
            ? Task.FromResult<Results<Ok<DocumentResponse>, ProblemHttpResult>>(ProblemDetailsExtensions.Problem(
                StatusCodes.Status400BadRequest, "missing-reason", "Say why the document is rejected: {\"reason\": \"...\"}."))
            : DecideAsync(id, ApprovalDecision.Reject, body.Reason, caller, approvals, cancellationToken);

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> DecideAsync(
        Guid id, ApprovalDecision decision, string? reason, CallerOrganization caller, DocumentApprovals approvals, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "reason-too-long",
                $"The reason has {reason.Length} characters; at most {MaxReasonLength} are kept.");
        }

        var outcome = await approvals.DecideAsync(caller.Id, id, decision, reason, cancellationToken);
        return outcome.Result switch
        {
            ApprovalResult.Decided => TypedResults.Ok(DocumentResponse.From(outcome.Document!)),
            ApprovalResult.NotDecidable => ProblemDetailsExtensions.Problem(StatusCodes.Status409Conflict, "document-not-decidable",
                $"Document {id} is {outcome.ExtractionStatus}; only a document whose fields were extracted (EXTRACTED or INDEXED) can be approved or rejected."),
            ApprovalResult.AlreadyDecided => ProblemDetailsExtensions.Problem(StatusCodes.Status409Conflict, "approval-already-decided",
                $"Document {id} was already {outcome.ApprovalStatus!.ToLowerInvariant()} at {outcome.DecidedAt:O}; a decision is final."),
            _ => ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "document-not-found", $"No document {id}."),
        };
    }
}

public sealed record ApprovalRequest(string? Reason);
