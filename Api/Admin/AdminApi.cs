using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Admin;

/// <summary>The operator's API: organizations, their keys, their quota and retention settings.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        // The operator's key is not an organization's: the filter checks it instead of the API-key policy.
        var admin = app.MapGroup("/admin/organizations").WithTags("Admin").AllowAnonymous().AddEndpointFilter<AdminKeyFilter>();
        admin.MapPost("/", CreateOrganization);
        admin.MapGet("/", ListOrganizations);
        admin.MapGet("/{id:guid}", GetOrganization);
        admin.MapPatch("/{id:guid}", UpdateOrganization);
        admin.MapPost("/{id:guid}/api-keys", IssueApiKey);
        admin.MapGet("/{id:guid}/api-keys", ListApiKeys);
        admin.MapDelete("/{id:guid}/api-keys/{keyId}", RevokeApiKey);
        return app;
    }

    public static async Task<Results<Created<Organization>, ValidationProblem>> CreateOrganization(
        CreateOrganizationRequest request, OrganizationStore organizations, CancellationToken cancellationToken)
    {
        var errors = OrganizationSettingsValidation.Errors(request.Settings, nameRequired: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: "/problems/invalid-organization");
        }

        var organization = await organizations.CreateAsync(request.Name.Trim(), request.Settings, cancellationToken);
        return TypedResults.Created($"/admin/organizations/{organization.Id}", organization);
    }

    public static async Task<Ok<IReadOnlyList<Organization>>> ListOrganizations(OrganizationStore organizations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await organizations.ListAsync(cancellationToken));

    public static async Task<Results<Ok<Organization>, ProblemHttpResult>> GetOrganization(
        Guid id, OrganizationStore organizations, CancellationToken cancellationToken) =>
        await organizations.FindAsync(id, cancellationToken) is { } organization
            ? TypedResults.Ok(organization)
            : OrganizationNotFound(id);

    public static async Task<Results<Ok<Organization>, ValidationProblem, ProblemHttpResult>> UpdateOrganization(
        Guid id, OrganizationSettings settings, OrganizationStore organizations, CancellationToken cancellationToken)
    {
        var errors = OrganizationSettingsValidation.Errors(settings, nameRequired: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: "/problems/invalid-organization");
        }

        return await organizations.UpdateAsync(id, settings with { Name = settings.Name?.Trim() }, cancellationToken) is { } organization
            ? TypedResults.Ok(organization)
            : OrganizationNotFound(id);
    }

    public static async Task<Results<Created<IssuedApiKey>, ProblemHttpResult>> IssueApiKey(
        Guid id, IssueApiKeyRequest? request, OrganizationStore organizations, CancellationToken cancellationToken)
    {
        if (await organizations.FindAsync(id, cancellationToken) is null)
        {
            return OrganizationNotFound(id);
        }

        var (key, info) = await organizations.IssueKeyAsync(id, request?.Name?.Trim() is { Length: > 0 } name ? name : "default", cancellationToken);
        return TypedResults.Created(
            $"/admin/organizations/{id}/api-keys/{info.Id}",
            new IssuedApiKey(info.Id, info.OrganizationId, info.Name, key.Key, info.CreatedAt));
    }

    public static async Task<Results<Ok<IReadOnlyList<ApiKeyInfo>>, ProblemHttpResult>> ListApiKeys(
        Guid id, OrganizationStore organizations, CancellationToken cancellationToken) =>
        await organizations.FindAsync(id, cancellationToken) is null
            ? OrganizationNotFound(id)
            : TypedResults.Ok(await organizations.ListKeysAsync(id, cancellationToken));

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeApiKey(
        Guid id, string keyId, OrganizationStore organizations, CancellationToken cancellationToken) =>
        await organizations.RevokeKeyAsync(id, keyId, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "api-key-not-found",
                $"Organization {id} has no API key {keyId}.");

    private static ProblemHttpResult OrganizationNotFound(Guid id) =>
        ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "organization-not-found", $"No organization {id}.");
}
