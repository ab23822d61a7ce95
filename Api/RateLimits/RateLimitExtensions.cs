using System.Globalization;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Intake.Api.RateLimits;

public static class RateLimitExtensions
{
    public static IServiceCollection AddApiKeyRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.RequestsPerSecond > 0 && o.Burst >= 1, "RateLimits: RequestsPerSecond must be positive and Burst at least 1.")
            .Validate(o => o.RedisTimeout > TimeSpan.Zero, "RateLimits: RedisTimeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<RedisTokenBucket>();
        services.AddSingleton<LocalTokenBucket>();
        services.AddSingleton<ApiKeyRateLimiter>();
        return services;
    }

    /// <summary>
    /// Counts every request made with an API key to a route that needs one; anonymous routes
    /// (health, OpenAPI, the admin routes with their own key, the webhook document pull) are not
    /// counted. Goes after authorization, so a request is counted once it is known whose it is.
    /// </summary>
    public static IApplicationBuilder UseApiKeyRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || context.User.FindFirst(CallerOrganization.KeyIdClaimType)?.Value is not { } keyId)
        {
            await next(context);
            return;
        }

        var decision = await context.RequestServices.GetRequiredService<ApiKeyRateLimiter>().TakeAsync(keyId, context.RequestAborted);
        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "/problems/rate-limited",
                Title = "Too Many Requests",
                Detail = $"This API key is limited to {limits.RequestsPerSecond:0.##} requests per second with bursts of {limits.Burst}; retry after {decision.RetryAfterSeconds} s.",
            },
        });
    });
}
