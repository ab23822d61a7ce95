using Intake.Core.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.DocumentTypes;

/// <summary>The document types the Processor's plugins extract, each with its JSON Schema.</summary>
public static class DocumentTypesApi
{
    public static IEndpointRouteBuilder MapDocumentTypesApi(this IEndpointRouteBuilder app)
    {
        // Installation-wide (plugins are not per organization), but still behind an API key.
        app.MapGroup("/api/document-types").WithTags("Document types").RequireAuthorization().MapGet("/", ListDocumentTypes);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<DocumentTypeInfo>>> ListDocumentTypes(DocumentTypeSchemas types, CancellationToken cancellationToken) =>
        TypedResults.Ok(await types.ListAsync(cancellationToken));
}
