namespace Intake.Core.Documents;

/// <summary>A document's <c>status.extractionStatus</c>: PENDING → PARTIAL (classified) → EXTRACTED → INDEXED, or FAILED.</summary>
public static class ExtractionStatus
{
    public const string Pending = "PENDING";
    public const string Partial = "PARTIAL";
    public const string Extracted = "EXTRACTED";
    public const string Indexed = "INDEXED";
    public const string Failed = "FAILED";

    private static readonly string[] Forward = [Pending, Partial, Extracted, Indexed];

    /// <summary>
    /// The statuses a document may move to <paramref name="status"/> from: only forward, and
    /// FAILED from any unfinished one. A change from anywhere else was already made.
    /// </summary>
    public static string[] Before(string status) => status == Failed
        ? [Pending, Partial, Extracted]
        : Forward[..Math.Max(0, Array.IndexOf(Forward, status))];
}
