using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Intake.Core.Idempotency;
using Intake.Core.Jobs;
using Intake.Core.Messaging;
using Intake.Core.Outbox;
using Intake.Core.Storage;
using Intake.Core.Templates;
using Intake.Core.Usage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Intake.Api.Uploads;

/// <summary>
/// Accepts an upload: checks it, stores the bytes, records the job, its documents and their
/// <c>document.created</c> events in one transaction, and wakes a Processor. Both upload routes
/// (<c>/process-job</c> and <c>/api/documents</c>) come through here.
/// </summary>
public sealed class DocumentUploader(
    IAmazonS3 s3, IOptions<ObjectStoreOptions> store, IOptions<UploadOptions> options, JobStore jobs, WakeUps wakeUps, PageUsage usage,
    TemplateStore templates)
{
    /// <param name="idempotency">The key to record with the job, given the accepted upload's ids; null without a key.</param>
    /// <returns>KeyTaken when a concurrent upload with the same key committed first: then nothing was created.</returns>
    public async Task<(AcceptedUpload? Accepted, ProblemHttpResult? Problem, bool KeyTaken)> AcceptAsync(
        Guid organizationId, UploadedFile file, UploadRequest request, Func<AcceptedUpload, IdempotencyClaim>? idempotency,
        CancellationToken cancellationToken)
    {
        if (file.Content.Length == 0)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "empty-file", $"'{file.FileName}' is empty."), false);
        }

        if (file.Content.LongLength > options.Value.MaxUploadBytes)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "file-too-large",
                $"'{file.FileName}' has {file.Content.LongLength} bytes; the limit is {options.Value.MaxUploadBytes}."), false);
        }

        // Pages are counted as they are processed, so the check is "quota not yet used up".
        if (await usage.CurrentAsync(organizationId, cancellationToken) is { Exhausted: true } month)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status402PaymentRequired, "quota-exceeded",
                $"This organization has used {month.PagesUsed} of its {month.Quota} pages for {month.Month:yyyy-MM}; uploads resume next month or when the quota is raised."), false);
        }

        // A job that names a template is read by it; one that does not exist would only fail every document later.
        if (request.TemplateId is { } templateId
            && !(Guid.TryParse(templateId, out var id) && await templates.ExistsAsync(organizationId, id, cancellationToken)))
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status422UnprocessableEntity, "unknown-template",
                $"No template '{templateId}' in this organization; create it with POST /api/templates first."), false);
        }

        var mediaType = MediaTypeSniffer.Sniff(file.Content);
        if (mediaType is null)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type",
                $"'{file.FileName}' is not a PDF, PNG, JPEG, TIFF or ZIP file (judged by its content, not its name)."), false);
        }

        var isArchive = mediaType == MediaTypeSniffer.Zip;
        IReadOnlyList<UploadedFile> files = [file];
        IReadOnlyList<SkippedEntry> skipped = [];
        if (isArchive)
        {
            var (expanded, skippedEntries, problem) = ArchiveExpander.Expand(file.Content, options.Value.Archive);
            if (problem is not null)
            {
                return (null, problem, false);
            }

            (files, skipped) = (expanded, skippedEntries);
        }

        var types = files.Select(f => MediaTypeSniffer.Sniff(f.Content)!).ToList();
        foreach (var (document, type) in files.Zip(types))
        {
            if (DocumentLimits.Check(document, type, options.Value) is { } breach)
            {
                return (null, breach, false);
            }
        }

        var jobId = Guid.CreateVersion7();
        var documents = new List<NewDocument>();
        foreach (var (document, type) in files.Zip(types))
        {
            var documentId = Guid.CreateVersion7();
            var objectKey = $"originals/{organizationId}/{jobId}/{documentId}{MediaTypeSniffer.Extension(type)}";
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = store.Value.Bucket,
                Key = objectKey,
                InputStream = new MemoryStream(document.Content),
                ContentType = type,
                UseChunkEncoding = false,
            }, cancellationToken);
            documents.Add(new NewDocument(documentId, SafeFileName(document.FileName, type), document.Content.LongLength, type, objectKey,
                request.DocumentType?.ToUpperInvariant(), request.MetadataJson));
        }

        var accepted = new AcceptedUpload(jobId, documents.Select(d => (d.Id, d.FileName)).ToList());
        var created = await jobs.CreateAsync(new NewJob(jobId, organizationId, request.TemplateId, request.StaticValuesJson, isArchive, documents)
        {
            SkippedEntriesJson = JsonSerializer.Serialize(skipped, OutboxWriter.Json),
            Idempotency = idempotency?.Invoke(accepted),
        }, cancellationToken);
        if (!created)
        {
            await DeleteOriginalsAsync(documents);
            return (null, null, true);
        }

        wakeUps.Publish(WakeUps.Jobs, jobId.ToString());
        return (accepted, null, false);
    }

    /// <summary>The bytes of an upload that lost its idempotency key to a concurrent one: no row points at them.</summary>
    private async Task DeleteOriginalsAsync(IEnumerable<NewDocument> documents)
    {
        foreach (var document in documents)
        {
            try
            {
                await s3.DeleteObjectAsync(store.Value.Bucket, document.ObjectKey, CancellationToken.None);
            }
            catch (Exception ex) when (ex is AmazonServiceException or HttpRequestException)
            {
                // Left behind, an orphan costs storage, never a wrong answer; the request itself has its reply.
            }
        }
    }

    private static string SafeFileName(string? name, string mediaType)
    {
        var leaf = Path.GetFileName((name ?? "").Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(leaf) ? "document" + MediaTypeSniffer.Extension(mediaType) : leaf.Trim();
    }
}
