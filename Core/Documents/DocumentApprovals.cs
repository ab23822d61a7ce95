using Dapper;
using Intake.Core.Messaging;
using Intake.Core.Outbox;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>Records a reviewer's decision and its <c>document.approved</c> / <c>document.rejected</c> event in ONE transaction.</summary>
public sealed class DocumentApprovals(NpgsqlDataSource dataSource, TimeProvider clock, WakeUps wakeUps)
{
    public async Task<ApprovalOutcome> DecideAsync(
        Guid organizationId, Guid documentId, ApprovalDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Locked, so two reviewers deciding at once are served one after the other and the second is refused.
        var current = await connection.QuerySingleOrDefaultAsync<(string? ExtractionStatus, string ApprovalStatus, DateTime? DecidedAt)>(new CommandDefinition("""
            select extraction_status, approval_status, approval_decided_at from intake.documents
            where organization_id = @organizationId and id = @documentId
            for update
            """, new { organizationId, documentId }, transaction, cancellationToken: cancellationToken));
        if (current.ExtractionStatus is null)
        {
            return new ApprovalOutcome(ApprovalResult.NotFound);
        }

        if (!DocumentApproval.DecidableExtractionStatuses.Contains(current.ExtractionStatus))
        {
            return new ApprovalOutcome(ApprovalResult.NotDecidable) { ExtractionStatus = current.ExtractionStatus };
        }

        if (DocumentApproval.Next(current.ApprovalStatus, decision) is not { } next)
        {
            return new ApprovalOutcome(ApprovalResult.AlreadyDecided) { ApprovalStatus = current.ApprovalStatus, DecidedAt = current.DecidedAt };
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            update intake.documents set approval_status = @next, approval_reason = @reason, approval_decided_at = @now, updated_at = @now
            where organization_id = @organizationId and id = @documentId
            """, new { organizationId, documentId, next, reason, now }, transaction, cancellationToken: cancellationToken));
        var row = await DocumentStore.LockAsync(connection, transaction, documentId, cancellationToken);
        await OutboxWriter.AppendAsync(connection, transaction, organizationId, DocumentApproval.EventOf(decision), DocumentResponse.From(row), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        wakeUps.Publish(WakeUps.Events, documentId.ToString());
        return new ApprovalOutcome(ApprovalResult.Decided) { Document = row };
    }
}

public enum ApprovalResult
{
    Decided,
    NotFound,
    NotDecidable,
    AlreadyDecided,
}

/// <summary>A decision's outcome, with what the caller needs to explain a refusal.</summary>
public sealed record ApprovalOutcome(ApprovalResult Result)
{
    public DocumentRow? Document { get; init; }
    public string? ExtractionStatus { get; init; }
    public string? ApprovalStatus { get; init; }
    public DateTime? DecidedAt { get; init; }
}
