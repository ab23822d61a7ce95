using Intake.Api.Documents;
using Intake.Core.Documents;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Webhooks;

/// <summary>
/// Webhooks: the subscription routes, forwarded to the Notifier that owns them, and the
/// document pull a subscriber makes with its subscription's secret instead of an API key.
/// </summary>
public static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/webhooks/{**path}", ["GET", "POST", "PATCH", "PUT", "DELETE"], Forward)
            .WithTags("Webhooks").RequireAuthorization().DisableAntiforgery();
        app.MapGet("/api/webhook/{webhookId:guid}/document/get", GetDocument).WithTags("Webhooks").AllowAnonymous();
        return app;
    }

    public static async Task Forward(HttpContext context, CallerOrganization caller, NotifierClient notifier)
    {
        try
        {
            await notifier.ForwardAsync(context, caller.Id);
        }
        catch (HttpRequestException) when (!context.Response.HasStarted)
        {
            // A Notifier replica went away mid-request (a restart, a crash): the caller may retry, so say it is ours and passing.
            await ProblemDetailsExtensions.Problem(StatusCodes.Status502BadGateway, "notifier-unavailable",
                "The webhook service did not answer; try again in a moment.").ExecuteAsync(context);
        }
    }

    /// <summary>The document resource, authorized by the secret of the subscription that was sent its events.</summary>
    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(
        Guid webhookId, Guid? docId, bool? includeSchema, HttpRequest request, NotifierClient notifier, DocumentStore documents,
        DocumentTypeSchemas schemas, CancellationToken cancellationToken)
    {
        if (docId is not { } documentId)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "missing-document-id", "Name the document with ?docId=.");
        }

        var presented = request.Headers.Authorization.FirstOrDefault() is { Length: > 0 } authorization
            ? authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : authorization.Trim()
            : null;
        if (presented is null || await notifier.OrganizationForSecretAsync(webhookId, presented, cancellationToken) is not { } organizationId)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status401Unauthorized, "invalid-webhook-secret",
                "Send the subscription's secret (whsec_…) in the Authorization header.");
        }

        return await DocumentsApi.GetDocument(documentId, includeSchema, new CallerOrganization(organizationId), documents, schemas, cancellationToken);
    }
}
