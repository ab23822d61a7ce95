namespace Intake.Api.Uploads;

/// <summary>Section <c>Uploads:Archive</c>: what a ZIP batch may hold, against zip bombs and mistakes.</summary>
public sealed class ArchiveOptions
{
    /// <summary>Most entries an archive may list (folders and skipped entries included).</summary>
    public int MaxEntries { get; set; } = 200;

    /// <summary>Most documents one job may hold.</summary>
    public int MaxDocuments { get; set; } = 100;

    /// <summary>Most bytes all entries may expand to.</summary>
    public long MaxUncompressedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>Highest expansion ratio of one entry; PDFs and images barely compress, bombs expand a thousandfold.</summary>
    public double MaxCompressionRatio { get; set; } = 100;
}
