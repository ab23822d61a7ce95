using System.Text.Json;

namespace Intake.Notifier.Subscriptions;

/// <summary>A subscription's <c>health</c> (ours, beside the user's <c>isActive</c>): DESIGN.md, "Webhooks".</summary>
public static class SubscriptionHealth
{
    public const string Healthy = "healthy";

    /// <summary>The last delivery used up its retries.</summary>
    public const string Failing = "failing";

    /// <summary>410 received, or failing for the configured time with no success since.</summary>
    public const string Disabled = "disabled";
}

/// <summary>A row of <c>notifier.subscriptions</c>; secrets and credentials still sealed.</summary>
public sealed class SubscriptionRow
{
    public const string Columns = """
        id, organization_id, url, events, filter_template_ids, filter_doc_types, description, auth_kind, auth_header_name,
        auth_credential, headers::text as headers, is_active, health, failing_since, last_success_at, secret, previous_secret,
        previous_secret_expires_at, created_at, updated_at
        """;

    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public string Url { get; init; } = "";
    public string[] Events { get; init; } = [];
    public string[] FilterTemplateIds { get; init; } = [];
    public string[] FilterDocTypes { get; init; } = [];
    public string? Description { get; init; }
    public string AuthKind { get; init; } = EndpointAuthKinds.None;
    public string? AuthHeaderName { get; init; }
    public byte[]? AuthCredential { get; init; }
    public string Headers { get; init; } = "{}";
    public bool IsActive { get; init; }
    public string Health { get; init; } = SubscriptionHealth.Healthy;
    public DateTime? FailingSince { get; init; }
    public DateTime? LastSuccessAt { get; init; }
    public byte[] Secret { get; init; } = [];
    public byte[]? PreviousSecret { get; init; }
    public DateTime? PreviousSecretExpiresAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }

    public IReadOnlyDictionary<string, string> CustomHeaders =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Headers) ?? [];
}

/// <summary>A subscription as the API shows it: never its secret, never the endpoint's credentials.</summary>
public sealed record SubscriptionResponse(
    Guid Id, string Url, IReadOnlyList<string> Events, SubscriptionFilters Filters, string? Description, EndpointAuthResponse Auth,
    IReadOnlyDictionary<string, string> Headers, bool IsActive, string Health, DateTime? FailingSince, DateTime CreatedAt)
{
    public static SubscriptionResponse From(SubscriptionRow row) => new(
        row.Id, row.Url, row.Events, new SubscriptionFilters(row.FilterTemplateIds, row.FilterDocTypes), row.Description,
        new EndpointAuthResponse(row.AuthKind, row.AuthHeaderName), row.CustomHeaders, row.IsActive, row.Health, row.FailingSince, row.CreatedAt);
}

/// <summary>Narrows which events reach a subscription: only these templates, only these document types (empty: all).</summary>
public sealed record SubscriptionFilters(IReadOnlyList<string>? TemplateIds = null, IReadOnlyList<string>? DocTypes = null);

public sealed record EndpointAuthResponse(string Type, string? HeaderName);

/// <summary>The answer to creation and rotation: the subscription and its secret, shown this once.</summary>
public sealed record SubscriptionWithSecret(SubscriptionResponse Subscription, string Secret);
