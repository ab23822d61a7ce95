using System.Security.Cryptography;
using System.Text;
using Intake.Core.Organizations;
using Microsoft.Extensions.Options;

namespace Intake.Api.Admin;

/// <summary>Lets a request through only with the operator's <c>Admin__ApiKey</c>, compared in constant time.</summary>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.Value.ApiKey;
        var presented = ApiKeyAuthenticationHandler.PresentedKey(context.HttpContext.Request);
        if (configured.Length == 0)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status401Unauthorized, "admin-disabled",
                "The admin API is disabled: set Admin__ApiKey.");
        }

        if (presented is null || !CryptographicOperations.FixedTimeEquals(
                SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured))))
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status401Unauthorized, "invalid-admin-key",
                "Send the operator's admin key (Admin__ApiKey) in X-API-Key or Authorization: Bearer.");
        }

        return await next(context);
    }
}
