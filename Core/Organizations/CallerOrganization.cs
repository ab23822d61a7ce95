using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Intake.Core.Organizations;

/// <summary>
/// The organization the authenticated caller acts for. Every Api handler that touches
/// organization data takes one, and every query it runs filters by <see cref="Id"/>.
/// </summary>
public sealed record CallerOrganization(Guid Id)
{
    public const string ClaimType = "intake:organization";

    /// <summary>The public id of the API key the caller presented (never the key): what rate limits count by.</summary>
    public const string KeyIdClaimType = "intake:api-key-id";

    /// <summary>Minimal-API binding: read from the principal the API-key handler built.</summary>
    public static ValueTask<CallerOrganization?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(From(context.User));

    public static CallerOrganization? From(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimType), out var id) ? new CallerOrganization(id) : null;
}
