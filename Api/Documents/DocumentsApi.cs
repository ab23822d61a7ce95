using System.Text.Json.Nodes;
using Intake.Api.Idempotency;
using Intake.Api.Uploads;
using Intake.Core.Documents;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Api.Documents;

/// <summary>Documents: upload one, read one; the other document routes are mapped onto the same group by their own classes.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization();
        documents.MapPost("/", UploadDocument).DisableAntiforgery();
        documents.MapGet("/{id:guid}", GetDocument);
        documents.MapDocumentList();
        documents.MapDocumentApproval();
        documents.MapDocumentFiles();
        return app;
    }

    /// <summary>One file (or a ZIP of them) as the multipart field <c>file</c>; honours <c>Idempotency-Key</c>.</summary>
    public static async Task<Results<Accepted<UploadAccepted>, ProblemHttpResult, IdempotentReplay>> UploadDocument(
        IFormFile? file, [FromForm] string? documentType, [FromForm] string? templateId, [FromForm] string? metadata,
        HttpRequest request, CallerOrganization caller, IdempotentUploads uploads, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "missing-file", "Send the document as the multipart field 'file'.");
        }

        if (metadata is not null && !IsJsonObject(metadata))
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-metadata", "'metadata' must be a JSON object.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return await uploads.AcceptAsync(request, caller.Id, new UploadedFile(file.FileName, buffer.ToArray()),
            new UploadRequest(documentType, templateId, MetadataJson: metadata),
            accepted => ($"/api/documents/{accepted.Documents[0].DocumentId}",
                new UploadAccepted(accepted.JobId, accepted.Documents.Select(d => new UploadedDocument(d.DocumentId, d.FileName)).ToList())),
            cancellationToken);
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(
        Guid id, bool? includeSchema, CallerOrganization caller, DocumentStore documents, DocumentTypeSchemas schemas, CancellationToken cancellationToken)
    {
        if (await documents.FindAsync(caller.Id, id, cancellationToken) is not { } row)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "document-not-found", $"No document {id}.");
        }

        var response = DocumentResponse.From(row);
        if (includeSchema == true && row.DocType is { } docType)
        {
            response = response with { Schema = await schemas.FindAsync(docType, cancellationToken) };
        }

        return TypedResults.Ok(response);
    }

    private static bool IsJsonObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}

public sealed record UploadAccepted(Guid JobId, IReadOnlyList<UploadedDocument> Documents);

public sealed record UploadedDocument(Guid DocumentId, string FileName);
