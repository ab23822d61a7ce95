using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Api.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Jobs;

/// <summary>A <c>/process-job</c> request read from either of its two forms.</summary>
public sealed record ProcessJobSubmission(UploadedFile File, string? TemplateId, JsonObject? StaticValues)
{
    public static async Task<(ProcessJobSubmission?, ProblemHttpResult?)> FromJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException ex)
        {
            return (null, Invalid("invalid-json", $"The body is not JSON: {ex.Message}"));
        }

        if (body?["actual_image"] is not JsonValue image || !image.TryGetValue(out string? base64) || string.IsNullOrWhiteSpace(base64))
        {
            return (null, Invalid("missing-file", "Send the document in base64 as actual_image."));
        }

        // A data URL prefix ("data:application/pdf;base64,") is what browsers produce; accept it.
        var comma = base64.StartsWith("data:", StringComparison.Ordinal) ? base64.IndexOf(',') : -1;
        byte[] content;
        try
        {
            content = Convert.FromBase64String(base64[(comma + 1)..].Trim());
        }
        catch (FormatException)
        {
            return (null, Invalid("invalid-base64", "actual_image is not valid base64."));
        }

        if (body["static_values"] is { } values and not JsonObject)
        {
            return (null, Invalid("invalid-static-values", $"static_values must be a JSON object, not {values.GetValueKind()}."));
        }

        return (new ProcessJobSubmission(
            new UploadedFile(body["file_name"]?.GetValue<string>() ?? "", content),
            body["template_id"]?.ToString(),
            body["static_values"]?.DeepClone() as JsonObject), null);
    }

    public static async Task<(ProcessJobSubmission?, ProblemHttpResult?)> FromFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("actual_image") is not { } file)
        {
            return (null, Invalid("missing-file", "Send the document as the multipart file field actual_image."));
        }

        JsonObject? staticValues = null;
        if (form["static_values"].FirstOrDefault() is { Length: > 0 } json)
        {
            try
            {
                staticValues = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException)
            {
                return (null, Invalid("invalid-static-values", "static_values must be a JSON object."));
            }
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var name = form["file_name"].FirstOrDefault() is { Length: > 0 } given ? given : file.FileName;
        return (new ProcessJobSubmission(new UploadedFile(name, buffer.ToArray()), form["template_id"].FirstOrDefault(), staticValues), null);
    }

    private static ProblemHttpResult Invalid(string type, string detail) =>
        ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, type, detail);
}
