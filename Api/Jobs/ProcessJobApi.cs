using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Intake.Api.Idempotency;
using Intake.Api.Uploads;
using Intake.Core.Documents;
using Intake.Core.Jobs;
using Intake.Core.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Jobs;

/// <summary>The seeds' job routes, snake_case as their clients expect: <c>POST /process-job</c> and <c>GET /job-status</c>.</summary>
public static class ProcessJobApi
{
    public static IEndpointRouteBuilder MapProcessJobApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("").WithTags("Jobs").RequireAuthorization();
        jobs.MapPost("/process-job", ProcessJob).DisableAntiforgery();
        jobs.MapGet("/job-status", JobStatusOf);
        return app;
    }

    /// <summary>JSON (<c>actual_image</c> in base64) or multipart (the same names, <c>actual_image</c> a file); honours <c>Idempotency-Key</c>.</summary>
    public static async Task<Results<Accepted<ProcessJobAccepted>, ProblemHttpResult, IdempotentReplay>> ProcessJob(
        HttpRequest request, CallerOrganization caller, IdempotentUploads uploads, CancellationToken cancellationToken)
    {
        var (submission, invalid) = request.HasFormContentType
            ? await ProcessJobSubmission.FromFormAsync(request, cancellationToken)
            : await ProcessJobSubmission.FromJsonAsync(request, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        return await uploads.AcceptAsync(request, caller.Id, submission!.File,
            new UploadRequest(TemplateId: submission.TemplateId, StaticValuesJson: submission.StaticValues?.ToJsonString()),
            accepted => ($"/job-status?job_id={accepted.JobId}", new ProcessJobAccepted(accepted.JobId, submission.TemplateId, submission.StaticValues)),
            cancellationToken);
    }

    public static async Task<Results<Ok<JobStatusResponse>, ProblemHttpResult>> JobStatusOf(
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "job_id")] string? jobId, CallerOrganization caller, JobStore jobs, DocumentStore documents,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(jobId, out var id))
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "invalid-job-id", "Pass the job's id as job_id.");
        }

        if (await jobs.FindAsync(caller.Id, id, cancellationToken) is not { } job)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status404NotFound, "job-not-found", $"No job {id}.");
        }

        var rows = await documents.ListByJobAsync(caller.Id, id, cancellationToken);
        return TypedResults.Ok(new JobStatusResponse(job.Id, job.TemplateId, job.Status,
            rows.Select(d => new JobDocumentStatus(d.Id, d.FileName, d.ExtractionStatus)).ToList(), JsonNode.Parse(job.SkippedEntries)));
    }
}

public sealed record ProcessJobAccepted(
    [property: JsonPropertyName("job_id")] Guid JobId,
    [property: JsonPropertyName("template_id")] string? TemplateId,
    [property: JsonPropertyName("static_values")] JsonObject? StaticValues);

public sealed record JobStatusResponse(
    [property: JsonPropertyName("job_id")] Guid JobId,
    [property: JsonPropertyName("template_id")] string? TemplateId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("documents")] IReadOnlyList<JobDocumentStatus> Documents,
    [property: JsonPropertyName("skipped_entries")] JsonNode? SkippedEntries);

public sealed record JobDocumentStatus(
    [property: JsonPropertyName("document_id")] Guid DocumentId,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("status")] string Status);
