using Intake.Core.Organizations;
using Intake.Notifier.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Notifier.Subscriptions;

/// <summary>
/// Webhook subscriptions and their deliveries, on the paths the Api forwards unchanged from
/// <c>/api/webhooks/**</c>, for the organization the Api authenticated (internal callers only).
/// </summary>
public static class SubscriptionsApi
{
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/api/webhooks/notifications").WithTags("Webhooks");
        subscriptions.MapPost("/", Create);
        subscriptions.MapGet("/", List);
        subscriptions.MapGet("/{id:guid}", Get);
        subscriptions.MapPatch("/{id:guid}", Update);
        subscriptions.MapDelete("/{id:guid}", Delete);
        subscriptions.MapDelete("/", DeleteByQuery);
        subscriptions.MapPost("/{id:guid}/test", Ping);
        subscriptions.MapPost("/{id:guid}/rotate-secret", RotateSecret);
        subscriptions.MapGet("/{id:guid}/deliveries", Deliveries);
        app.MapPost("/api/webhooks/deliveries/{id}/resend", Resend).WithTags("Webhooks");
        return app;
    }

    public static async Task<Results<Created<SubscriptionWithSecret>, ProblemHttpResult>> Create(
        CreateSubscriptionRequest request, CallerOrganization caller, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        var (created, error) = await subscriptions.CreateAsync(caller.Id, request, cancellationToken);
        return created is not null
            ? TypedResults.Created($"/api/webhooks/notifications/{created.Subscription.Id}", created)
            : Invalid(error!);
    }

    public static async Task<Ok<IReadOnlyList<SubscriptionResponse>>> List(
        CallerOrganization caller, SubscriptionStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<SubscriptionResponse>>(
            (await store.ListAsync(caller.Id, cancellationToken)).Select(SubscriptionResponse.From).ToList());

    public static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> Get(
        Guid id, CallerOrganization caller, SubscriptionStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(caller.Id, id, cancellationToken) is { } row ? TypedResults.Ok(SubscriptionResponse.From(row)) : NotFound(id);

    public static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateSubscriptionRequest request, CallerOrganization caller, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        var (updated, error) = await subscriptions.UpdateAsync(caller.Id, id, request, cancellationToken);
        return error is not null ? Invalid(error) : updated is not null ? TypedResults.Ok(updated) : NotFound(id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, CallerOrganization caller, SubscriptionStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(caller.Id, id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    /// <summary>The seeds' form: <c>DELETE /api/webhooks/notifications?id=</c>.</summary>
    public static Task<Results<NoContent, ProblemHttpResult>> DeleteByQuery(
        Guid id, CallerOrganization caller, SubscriptionStore store, CancellationToken cancellationToken) =>
        Delete(id, caller, store, cancellationToken);

    /// <summary>Sends a <c>webhook.test</c> event now and answers with the attempt (status code, time, response body).</summary>
    public static async Task<Results<Ok<DeliveryAttempt>, ProblemHttpResult>> Ping(
        Guid id, CallerOrganization caller, DeliveryLog log, DeliveryRunner runner, CancellationToken cancellationToken)
    {
        if (await log.CreatePingAsync(caller.Id, id, $"ping:{Environment.MachineName}:{Environment.ProcessId}", cancellationToken) is not { } ping)
        {
            return NotFound(id);
        }

        return await runner.DeliverAsync(ping, cancellationToken) is { } attempt
            ? TypedResults.Ok(attempt)
            : ProblemDetailsExtensions.Problem(StatusCodes.Status409Conflict, "subscription-not-deliverable",
                "The subscription is inactive or disabled, or its endpoint is refusing work right now; nothing was sent.");
    }

    public static async Task<Results<Ok<SubscriptionWithSecret>, ProblemHttpResult>> RotateSecret(
        Guid id, CallerOrganization caller, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.RotateSecretAsync(caller.Id, id, cancellationToken) is { } rotated ? TypedResults.Ok(rotated) : NotFound(id);

    public static async Task<Results<Ok<IReadOnlyList<DeliveryResponse>>, ProblemHttpResult>> Deliveries(
        Guid id, CallerOrganization caller, DeliveryLog log, CancellationToken cancellationToken) =>
        await log.ListAsync(caller.Id, id, cancellationToken) is { } deliveries ? TypedResults.Ok(deliveries) : NotFound(id);

    public static async Task<Results<Accepted, ProblemHttpResult>> Resend(
        string id, CallerOrganization caller, DeliveryLog log, DeliverySignal signal, CancellationToken cancellationToken)
    {
        if (!await log.ResendAsync(caller.Id, id, cancellationToken))
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "delivery-not-found", $"There is no delivery {id}.");
        }

        signal.Wake();
        return TypedResults.Accepted($"/api/webhooks/deliveries/{id}");
    }

    private static ProblemHttpResult Invalid(string reason) =>
        ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-subscription", reason);

    private static ProblemHttpResult NotFound(Guid id) =>
        ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "subscription-not-found", $"There is no subscription {id}.");
}
