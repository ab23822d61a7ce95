using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Intake.Core.Documents;

namespace Intake.Core.Jobs;

/// <summary>
/// The job-results body of DESIGN.md (snake_case, as the seeds' clients read it): also the
/// <c>data</c> of <c>batch.*</c> events. Each document's <c>result</c> is its fields merged with
/// the job's static values; the top-level <c>result</c> is the first document's.
/// </summary>
public sealed record JobResultsResponse(
    [property: JsonPropertyName("job_id")] Guid JobId,
    [property: JsonPropertyName("template_id")] string? TemplateId,
    [property: JsonPropertyName("static_values")] JsonNode? StaticValues,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("result")] JsonObject? Result,
    [property: JsonPropertyName("documents")] IReadOnlyList<JobDocumentResult> Documents)
{
    public static JobResultsResponse From(JobRow job, IReadOnlyList<DocumentRow> documents)
    {
        var staticValues = job.StaticValues is null ? null : JsonNode.Parse(job.StaticValues) as JsonObject;
        var results = documents.Select(d => new JobDocumentResult(d.Id, d.FileName, d.ExtractionStatus, d.DocType, Merge(d, staticValues))).ToList();
        return new JobResultsResponse(job.Id, job.TemplateId, staticValues?.DeepClone(), job.Status,
            results.FirstOrDefault()?.Result?.DeepClone() as JsonObject, results);
    }

    private static JsonObject Merge(DocumentRow document, JsonObject? staticValues)
    {
        var result = new JsonObject();
        if (document.Extraction is not null && JsonNode.Parse(document.Extraction)?["fields"] is JsonObject fields)
        {
            foreach (var (name, value) in fields)
            {
                result[name] = value?.DeepClone();
            }
        }

        // The uploader's static values win: they are what its system says, not what we read.
        foreach (var (name, value) in staticValues ?? [])
        {
            result[name] = value?.DeepClone();
        }

        return result;
    }
}

public sealed record JobDocumentResult(
    [property: JsonPropertyName("document_id")] Guid DocumentId,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("doc_type")] string? DocType,
    [property: JsonPropertyName("result")] JsonObject? Result);
