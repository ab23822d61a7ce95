using System.Text.Json.Serialization;
using Intake.Core.Documents;
using Intake.Core.Jobs;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intake.Api.Jobs;

/// <summary>The seeds' <c>POST /v1/job-results</c>: a job's results as the job-results body (snake_case) or as CSV.</summary>
public static class JobResultsApi
{
    private static readonly string[] Formats = ["json", "csv"];

    public static IEndpointRouteBuilder MapJobResultsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1").WithTags("Jobs").RequireAuthorization().MapPost("/job-results", JobResults);
        return app;
    }

    public static async Task<Results<Ok<JobResultsResponse>, FileContentHttpResult, ProblemHttpResult>> JobResults(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] JobResultsRequest? request, CallerOrganization caller, JobStore jobs, DocumentStore documents, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request?.JobId, out var id))
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-job-id", "Pass the job's id as job_id.");
        }

        // The seeds' clients that omit result_format expect JSON.
        var format = (request!.ResultFormat ?? "json").Trim().ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-result-format",
                $"result_format '{request.ResultFormat}' is not one of: {string.Join(", ", Formats)}.");
        }

        if (await jobs.FindAsync(caller.Id, id, cancellationToken) is not { } job)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "job-not-found", $"No job {id}.");
        }

        var results = JobResultsResponse.From(job, await documents.ListByJobAsync(caller.Id, id, cancellationToken));
        return format == "csv"
            ? TypedResults.Bytes(JobResultsCsv.Write(results), "text/csv; charset=utf-8")
            : TypedResults.Ok(results);
    }
}

public sealed record JobResultsRequest(
    [property: JsonPropertyName("job_id")] string? JobId,
    [property: JsonPropertyName("result_format")] string? ResultFormat);
