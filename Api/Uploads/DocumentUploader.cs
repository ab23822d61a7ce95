using Amazon.S3;
using Amazon.S3.Model;
using Intake.Core.Jobs;
using Intake.Core.Messaging;
using Intake.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Intake.Api.Uploads;

/// <summary>
/// Accepts an upload: checks it, stores the bytes, records the job, its documents and their
/// <c>document.created</c> events in one transaction, and wakes a Processor. Both upload routes
/// (<c>/process-job</c> and <c>/api/documents</c>) come through here.
/// </summary>
public sealed class DocumentUploader(
    IAmazonS3 s3, IOptions<ObjectStoreOptions> store, IOptions<UploadOptions> options, JobStore jobs, WakeUps wakeUps)
{
    public async Task<(AcceptedUpload? Accepted, ProblemHttpResult? Problem)> AcceptAsync(
        Guid organizationId, UploadedFile file, UploadRequest request, CancellationToken cancellationToken)
    {
        if (file.Content.Length == 0)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status400BadRequest, "empty-file", $"'{file.FileName}' is empty."));
        }

        if (file.Content.LongLength > options.Value.MaxUploadBytes)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status413PayloadTooLarge, "file-too-large",
                $"'{file.FileName}' has {file.Content.LongLength} bytes; the limit is {options.Value.MaxUploadBytes}."));
        }

        var mediaType = MediaTypeSniffer.Sniff(file.Content);
        if (mediaType is null or MediaTypeSniffer.Zip)
        {
            return (null, ProblemDetailsExtensions.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type",
                mediaType is null
                    ? $"'{file.FileName}' is not a PDF, PNG, JPEG or TIFF file (judged by its content, not its name)."
                    : "ZIP batches are not accepted yet; upload the files one by one."));
        }

        var jobId = Guid.CreateVersion7();
        var documentId = Guid.CreateVersion7();
        var fileName = SafeFileName(file.FileName, mediaType);
        var objectKey = $"originals/{organizationId}/{jobId}/{documentId}{MediaTypeSniffer.Extension(mediaType)}";
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = store.Value.Bucket,
            Key = objectKey,
            InputStream = new MemoryStream(file.Content),
            ContentType = mediaType,
            UseChunkEncoding = false,
        }, cancellationToken);

        await jobs.CreateAsync(new NewJob(jobId, organizationId, request.TemplateId, request.StaticValuesJson, IsArchive: false,
            [new NewDocument(documentId, fileName, file.Content.LongLength, mediaType, objectKey, request.DocumentType?.ToUpperInvariant(), request.MetadataJson)]),
            cancellationToken);
        wakeUps.Publish(WakeUps.Jobs, jobId.ToString());
        return (new AcceptedUpload(jobId, [(documentId, fileName)]), null);
    }

    private static string SafeFileName(string? name, string mediaType)
    {
        var leaf = Path.GetFileName((name ?? "").Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(leaf) ? "document" + MediaTypeSniffer.Extension(mediaType) : leaf.Trim();
    }
}
