using Intake.Notifier.Signing;
using Microsoft.Extensions.Options;

namespace Intake.Notifier.Subscriptions;

/// <summary>
/// Turns create and update requests into checked, sealed changes: the one place the rules of
/// a subscription are applied, so the API handlers stay a table of outcomes.
/// </summary>
public sealed class SubscriptionService(SubscriptionStore store, SecretProtector protector, WebhookUrlPolicy urls, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public async Task<(SubscriptionWithSecret? Created, string? Error)> CreateAsync(
        Guid organizationId, CreateSubscriptionRequest request, CancellationToken cancellationToken)
    {
        var error = urls.Check(request.Url) ?? SubscriptionRules.CheckEvents(request.Events);
        var (change, changeError) = Change(request.Url, request.Events, request.Filters, request.Description, request.Auth, request.Headers, request.IsActive);
        if ((error ?? changeError) is { } refused)
        {
            return (null, refused);
        }

        var secret = WebhookSignatures.NewSecret();
        var row = await store.CreateAsync(organizationId, change!, protector.Protect(secret), cancellationToken);
        return (new SubscriptionWithSecret(SubscriptionResponse.From(row), secret), null);
    }

    public async Task<(SubscriptionResponse? Updated, string? Error)> UpdateAsync(
        Guid organizationId, Guid id, UpdateSubscriptionRequest request, CancellationToken cancellationToken)
    {
        var error = (request.Url is null ? null : urls.Check(request.Url)) ?? (request.Events is null ? null : SubscriptionRules.CheckEvents(request.Events));
        var (change, changeError) = Change(request.Url, request.Events, request.Filters, request.Description, request.Auth, request.Headers, request.IsActive);
        if ((error ?? changeError) is { } refused)
        {
            return (null, refused);
        }

        var row = await store.UpdateAsync(organizationId, id, change!, cancellationToken);
        return (row is null ? null : SubscriptionResponse.From(row), null);
    }

    /// <summary>A new secret; the old one keeps signing beside it for <see cref="WebhookOptions.RotationOverlap"/>.</summary>
    public async Task<SubscriptionWithSecret?> RotateSecretAsync(Guid organizationId, Guid id, CancellationToken cancellationToken)
    {
        var secret = WebhookSignatures.NewSecret();
        var row = await store.RotateSecretAsync(organizationId, id, protector.Protect(secret), clock.GetUtcNow() + options.Value.RotationOverlap, cancellationToken);
        return row is null ? null : new SubscriptionWithSecret(SubscriptionResponse.From(row), secret);
    }

    /// <summary>Whether <paramref name="presented"/> is the subscription's secret (or its previous one, during a rotation).</summary>
    public async Task<Guid?> OrganizationForSecretAsync(Guid subscriptionId, string presented, CancellationToken cancellationToken)
    {
        if (await store.FindForSecretCheckAsync(subscriptionId, cancellationToken) is not { } row)
        {
            return null;
        }

        var secrets = new List<string> { protector.Unprotect(row.Secret) };
        if (row.PreviousSecret is not null && row.PreviousSecretExpiresAt > clock.GetUtcNow().UtcDateTime)
        {
            secrets.Add(protector.Unprotect(row.PreviousSecret));
        }

        var presentedBytes = System.Text.Encoding.UTF8.GetBytes(presented);
        return secrets.Any(secret => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(secret), presentedBytes))
            ? row.OrganizationId
            : null;
    }

    private (SubscriptionChange? Change, string? Error) Change(
        string? url, IReadOnlyList<string>? events, SubscriptionFilters? filters, string? description, EndpointAuthRequest? auth,
        IReadOnlyDictionary<string, string>? headers, bool? isActive)
    {
        var error = SubscriptionRules.CheckFilters(filters) ?? SubscriptionRules.CheckDescription(description) ?? CustomHeaderRules.Check(headers);
        var (authKind, authHeaderName, credential, authError) = auth?.Normalize() ?? (null!, null, null, null);
        if ((error ?? authError) is { } refused)
        {
            return (null, refused);
        }

        return (new SubscriptionChange
        {
            Url = url,
            Events = events?.Distinct().ToArray(),
            TemplateIds = filters is null ? null : [.. filters.TemplateIds ?? []],
            DocTypes = filters is null ? null : [.. (filters.DocTypes ?? []).Select(t => t.ToUpperInvariant())],
            SetDescription = description is not null,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            AuthKind = auth is null ? null : authKind,
            AuthHeaderName = authHeaderName,
            AuthCredential = credential is null ? null : protector.Protect(credential),
            Headers = headers,
            IsActive = isActive,
        }, null);
    }
}
