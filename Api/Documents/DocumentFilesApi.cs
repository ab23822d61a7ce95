using System.Net;
using Amazon.S3;
using Intake.Core.Documents;
using Intake.Core.Organizations;
using Intake.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Intake.Api.Documents;

/// <summary>A document's original file while it is retained, and deleting a document with its file.</summary>
public static class DocumentFilesApi
{
    public static RouteGroupBuilder MapDocumentFiles(this RouteGroupBuilder documents)
    {
        documents.MapGet("/{id:guid}/file", GetFile);
        documents.MapDelete("/{id:guid}", DeleteDocument);
        return documents;
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetFile(
        Guid id, CallerOrganization caller, DocumentStore documents, IAmazonS3 s3, IOptions<ObjectStoreOptions> store, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await documents.FindAsync(caller.Id, id, cancellationToken) is not { } row)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "document-not-found", $"No document {id}.");
        }

        if (row.FileDeletedAt is not null)
        {
            return Deleted(id, row);
        }

        try
        {
            var original = await s3.GetObjectAsync(store.Value.Bucket, row.ObjectKey, cancellationToken);
            http.Response.RegisterForDispose(original);
            return TypedResults.Stream(original.ResponseStream, row.MimeType, row.FileName);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            // Deleted a moment ago, between reading the row and fetching the bytes. The bytes go first and the row is
            // marked right after, so a second look usually finds when and why.
            return await documents.FindAsync(caller.Id, id, cancellationToken) is { FileDeletedAt: not null } deleted
                ? Deleted(id, deleted)
                : Gone(id, "is no longer in the object store");
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        Guid id, CallerOrganization caller, DocumentDeletion deletion, CancellationToken cancellationToken) =>
        await deletion.DeleteAsync(caller.Id, id, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "document-not-found", $"No document {id}.");

    private static ProblemHttpResult Gone(Guid id, string what) => ProblemDetailsExtensions.Problem(StatusCodes.Status410Gone, "file-deleted",
        $"The original file of document {id} {what}; the document's results are still available at /api/documents/{id}.");

    private static ProblemHttpResult Deleted(Guid id, DocumentRow row) => Gone(id, $"was deleted at {row.FileDeletedAt:O} {Why(row.FileDeletedReason)}");

    private static string Why(string? reason) => reason switch
    {
        OriginalFiles.DeletedAfterDelivery => "because its document.ready webhook was delivered and the organization deletes files after delivery (deleteFilesAfterDelivery)",
        OriginalFiles.DeletedByRetention => "by retention: the organization keeps originals for originalRetentionDays (7 at most)",
        _ => "under the organization's retention rules",
    };
}
