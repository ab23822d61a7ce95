using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Core.Organizations;

/// <summary>
/// Resolves the caller's organization from an API key in <c>X-API-Key</c>, <c>x-auth</c>
/// (the seeds' clients) or <c>Authorization: Bearer</c>; answers 401 as problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    OrganizationStore organizations,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        if (await organizations.AuthenticateAsync(key, Context.RequestAborted) is not { } organizationId)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        // AuthenticateAsync found the key by this id, so it parses.
        ApiKey.TryGetId(key, out var keyId);
        var identity = new ClaimsIdentity(
            [new Claim(CallerOrganization.ClaimType, organizationId.ToString()), new Claim(CallerOrganization.KeyIdClaimType, keyId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = PresentedKey(Request) is not null;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Type = presented ? "/problems/invalid-api-key" : "/problems/missing-api-key",
                Title = "Unauthorized",
                Detail = presented
                    ? "The API key is unknown or revoked."
                    : "Send your API key in the X-API-Key header (or x-auth, or Authorization: Bearer).",
            },
        });
    }

    /// <summary>The key from the first header that carries one.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers["X-API-Key"].FirstOrDefault() is { Length: > 0 } apiKey)
        {
            return apiKey;
        }

        if (request.Headers["x-auth"].FirstOrDefault() is { Length: > 0 } xAuth)
        {
            return xAuth;
        }

        var authorization = request.Headers.Authorization.FirstOrDefault();
        return authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }
}

public static class ApiKeyAuthenticationExtensions
{
    /// <summary>
    /// API-key authentication as the default scheme, required by every endpoint that does not
    /// say otherwise (the fallback policy), so a new route cannot be left open by accident.
    /// </summary>
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OrganizationStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .Build());
        return services;
    }
}
