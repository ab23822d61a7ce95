using Intake.Core.Outbox;

namespace Intake.Notifier.Subscriptions;

/// <summary>The body of <c>POST /api/webhooks/notifications</c>.</summary>
public sealed record CreateSubscriptionRequest(
    string? Url, IReadOnlyList<string>? Events, SubscriptionFilters? Filters = null, string? Description = null,
    EndpointAuthRequest? Auth = null, IReadOnlyDictionary<string, string>? Headers = null, bool? IsActive = null);

/// <summary>The body of <c>PATCH …/{id}</c>: what is present changes, what is absent stays.</summary>
public sealed record UpdateSubscriptionRequest(
    string? Url = null, IReadOnlyList<string>? Events = null, SubscriptionFilters? Filters = null, string? Description = null,
    EndpointAuthRequest? Auth = null, IReadOnlyDictionary<string, string>? Headers = null, bool? IsActive = null);

/// <summary>The checks both requests share; each answers with the first reason a request is refused.</summary>
public static class SubscriptionRules
{
    public static string? CheckEvents(IReadOnlyList<string>? events)
    {
        if (events is null || events.Count == 0)
        {
            return "Name at least one event.";
        }

        var unknown = events.Where(e => !EventNames.All.Contains(e) || e == EventNames.WebhookTest).ToList();
        return unknown.Count > 0
            ? $"Unknown events: {string.Join(", ", unknown)}. Known: {string.Join(", ", EventNames.All.Where(e => e != EventNames.WebhookTest).Order())}."
            : null;
    }

    public static string? CheckFilters(SubscriptionFilters? filters) =>
        filters is not null && (filters.TemplateIds ?? []).Concat(filters.DocTypes ?? []).Any(string.IsNullOrWhiteSpace)
            ? "Filter values must not be empty."
            : null;

    public static string? CheckDescription(string? description) =>
        description is { Length: > 500 } ? "The description is longer than 500 characters." : null;
}
