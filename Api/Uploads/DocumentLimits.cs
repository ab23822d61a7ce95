using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Uploads;

/// <summary>
/// The per-document limits checked at upload, from the file's own structure: pages (PDF page
/// tree, TIFF frames) and image pixels. A breach refuses the upload with the reason, so the
/// client learns it at once rather than from a FAILED document minutes later.
/// </summary>
public static class DocumentLimits
{
    public static ProblemHttpResult? Check(UploadedFile file, string mediaType, UploadOptions options)
    {
        var (pages, image) = mediaType == MediaTypeSniffer.Pdf
            ? (PdfPageCounter.Count(file.Content), null)
            : ImageDimensions.Read(file.Content, mediaType) is { } size ? (size.Frames, size) : ((int?)null, (ImageSize?)null);
        if (pages > options.MaxPagesPerDocument)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status422UnprocessableEntity, "too-many-pages",
                $"'{file.FileName}' has {pages} pages; at most {options.MaxPagesPerDocument} are read from one document. Split it into smaller documents.");
        }

        if (image is not null && image.Pixels > options.MaxImagePixels)
        {
            return ProblemDetailsExtensions.Problem(StatusCodes.Status422UnprocessableEntity, "image-too-large",
                $"'{file.FileName}' is {image.Width} × {image.Height} pixels ({image.Pixels / 1_000_000.0:0.#} MP); the limit is {options.MaxImagePixels / 1_000_000.0:0.#} MP. Scan it at a lower resolution.");
        }

        return null;
    }
}
