using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Notifier.Subscriptions;

/// <summary>
/// Lets the Api authorize <c>GET /api/webhook/{webhookId}/document/get</c> by a subscription's
/// secret without the secret leaving the Notifier: the Api sends what the caller presented and
/// learns only whose it is.
/// </summary>
public static class SecretCheckApi
{
    public static IEndpointRouteBuilder MapSecretCheckApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/internal/webhooks/{id:guid}/check-secret", CheckSecret).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<SecretOwner>, ProblemHttpResult>> CheckSecret(
        Guid id, SecretCheckRequest request, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(request.Secret) && await subscriptions.OrganizationForSecretAsync(id, request.Secret, cancellationToken) is { } organizationId
            ? TypedResults.Ok(new SecretOwner(organizationId))
            : ProblemDetailsExtensions.Problem(StatusCodes.Status401Unauthorized, "invalid-webhook-secret",
                "Send the subscription's secret in the Authorization header.");
}

public sealed record SecretCheckRequest(string? Secret);

public sealed record SecretOwner(Guid OrganizationId);
