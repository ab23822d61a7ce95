using Intake.Core.Organizations;
using Intake.Core.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Templates;

/// <summary>
/// <c>/api/templates</c>: the caller's extraction templates. A template is checked whole before it
/// is stored (every problem listed, with where it is), so a job never meets a broken one.
/// </summary>
public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization();
        templates.MapPost("/", Create);
        templates.MapGet("/", List);
        templates.MapGet("/{id:guid}", Get);
        templates.MapPut("/{id:guid}", Replace);
        templates.MapDelete("/{id:guid}", Delete);
        return app;
    }

    public static async Task<Results<Created<TemplateResponse>, ProblemHttpResult>> Create(
        TemplateDefinition? template, CallerOrganization caller, TemplateStore store, CancellationToken cancellationToken)
    {
        if (Invalid(template) is { } problem)
        {
            return problem;
        }

        var created = await store.CreateAsync(caller.Id, template!, cancellationToken);
        if (created is null)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status409Conflict, "too-many-templates",
                $"This organization has {TemplateStore.MaxPerOrganization} templates, the most it may keep; delete one first.");
        }

        return TypedResults.Created($"/api/templates/{created.Id}", TemplateResponse.From(created));
    }

    public static async Task<Ok<TemplateListResponse>> List(CallerOrganization caller, TemplateStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TemplateListResponse((await store.ListAsync(caller.Id, cancellationToken)).Select(TemplateResponse.From).ToList()));

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Get(
        Guid id, CallerOrganization caller, TemplateStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(caller.Id, id, cancellationToken) is { } found ? TypedResults.Ok(TemplateResponse.From(found)) : NotFound(id);

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> Replace(
        Guid id, TemplateDefinition? template, CallerOrganization caller, TemplateStore store, CancellationToken cancellationToken)
    {
        if (Invalid(template) is { } problem)
        {
            return problem;
        }

        return await store.ReplaceAsync(caller.Id, id, template!, cancellationToken) is { } replaced
            ? TypedResults.Ok(TemplateResponse.From(replaced))
            : NotFound(id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, CallerOrganization caller, TemplateStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(caller.Id, id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult? Invalid(TemplateDefinition? template)
    {
        var problems = TemplateValidation.Problems(template);
        if (problems.Count == 0)
        {
            return null;
        }

        var problem = ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-template",
            $"The template cannot be used: {string.Join("; ", problems)}.");
        problem.ProblemDetails.Extensions["problems"] = problems;
        return problem;
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "template-not-found", $"No template {id}.");
}

public sealed record TemplateResponse(
    Guid Id, string Name, string? Description, IReadOnlyList<TemplateField> Fields, TemplateLineItems? LineItems, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static TemplateResponse From(StoredTemplate template) => new(
        template.Id, template.Definition.Name, template.Definition.Description, template.Definition.Fields ?? [], template.Definition.LineItems,
        template.CreatedAt, template.UpdatedAt);
}

public sealed record TemplateListResponse(IReadOnlyList<TemplateResponse> Templates);
