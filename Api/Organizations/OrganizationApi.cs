using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Organizations;

/// <summary>The caller's own organization: who the API key acts for, its quota and retention.</summary>
public static class OrganizationApi
{
    public static IEndpointRouteBuilder MapOrganizationApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/organization").WithTags("Organization").RequireAuthorization().MapGet("/", GetOrganization);
        return app;
    }

    public static async Task<Results<Ok<Organization>, ProblemHttpResult>> GetOrganization(
        CallerOrganization caller, OrganizationStore organizations, CancellationToken cancellationToken) =>
        await organizations.FindAsync(caller.Id, cancellationToken) is { } organization
            ? TypedResults.Ok(organization)
            : ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "organization-not-found", "The key's organization no longer exists.");
}
