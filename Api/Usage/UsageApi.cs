using System.Globalization;
using Intake.Core.Organizations;
using Intake.Core.Usage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Usage;

/// <summary>The caller's pages this UTC month against its monthly quota.</summary>
public static class UsageApi
{
    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/usage").WithTags("Usage").RequireAuthorization().MapGet("/", GetUsage);
        return app;
    }

    public static async Task<Ok<UsageResponse>> GetUsage(CallerOrganization caller, PageUsage usage, CancellationToken cancellationToken)
    {
        var month = await usage.CurrentAsync(caller.Id, cancellationToken);
        // The month as the quota events write it (YYYY-MM), so a client compares them as they are.
        return TypedResults.Ok(new UsageResponse(month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.PagesUsed, month.Quota, month.Percent));
    }
}

public sealed record UsageResponse(string Month, int PagesUsed, int Quota, double Percent);
