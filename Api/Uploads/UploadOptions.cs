namespace Intake.Api.Uploads;

/// <summary>Section <c>Uploads</c>: what one upload may hold.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest file (or ZIP) accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Limits of ZIP batches (section <c>Uploads:Archive</c>).</summary>
    public ArchiveOptions Archive { get; set; } = new();
}
