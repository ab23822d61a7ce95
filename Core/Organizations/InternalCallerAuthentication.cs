using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Core.Organizations;

/// <summary>
/// Authenticates the Api calling an internal service: <c>X-Intake-Internal</c> must carry the
/// shared <c>Internal:Token</c>, and <c>X-Intake-Organization</c> names the organization the
/// Api already authenticated, which becomes the <see cref="CallerOrganization"/> here too.
/// </summary>
public sealed class InternalCallerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IConfiguration configuration,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "Internal";
    public const string TokenHeader = "X-Intake-Internal";
    public const string OrganizationHeader = "X-Intake-Organization";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var expected = configuration["Internal:Token"];
        if (string.IsNullOrEmpty(expected) || Request.Headers[TokenHeader].FirstOrDefault() is not { Length: > 0 } token)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected)))
        {
            return Task.FromResult(AuthenticateResult.Fail("The internal token is wrong."));
        }

        // A call without an organization (a secret check for the document pull) is internal but acts for no one.
        var claims = Guid.TryParse(Request.Headers[OrganizationHeader].FirstOrDefault(), out var organizationId)
            ? [new Claim(CallerOrganization.ClaimType, organizationId.ToString())]
            : Array.Empty<Claim>();
        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Type = "/problems/internal-only",
                Title = "Unauthorized",
                Detail = "This is an internal service: it answers the Api only.",
            },
        });
    }
}

public static class InternalCallerAuthenticationExtensions
{
    /// <summary>Internal-caller authentication, required by every endpoint that does not say otherwise.</summary>
    public static IServiceCollection AddInternalCallerAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(InternalCallerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, InternalCallerAuthenticationHandler>(InternalCallerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder(InternalCallerAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .Build());
        return services;
    }
}
