namespace Intake.Api.Uploads;

/// <summary>Section <c>Uploads</c>: what one upload may hold.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest file (or ZIP) accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>
    /// Largest request body: the largest file sent as base64 in JSON (4/3 of its size) plus
    /// room for the other form fields. Kestrel cuts off anything longer.
    /// </summary>
    public long MaxRequestBytes => (MaxUploadBytes / 3 * 4) + (1024 * 1024);

    /// <summary>Most pages of one document (PDF pages, TIFF frames); the Processor's <c>Jobs:MaxPages</c> is the backstop.</summary>
    public int MaxPagesPerDocument { get; set; } = 50;

    /// <summary>Largest image (or TIFF page) in pixels: 60 MP holds an A4 page at 600 dpi, and OCR of more takes minutes.</summary>
    public long MaxImagePixels { get; set; } = 60_000_000;

    /// <summary>Limits of ZIP batches (section <c>Uploads:Archive</c>).</summary>
    public ArchiveOptions Archive { get; set; } = new();
}
