namespace Intake.Core.Documents;

/// <summary>A document's <c>status.extractionStatus</c>: PENDING → PARTIAL (classified) → EXTRACTED → INDEXED, or FAILED.</summary>
public static class ExtractionStatus
{
    public const string Pending = "PENDING";
    public const string Partial = "PARTIAL";
    public const string Extracted = "EXTRACTED";
    public const string Indexed = "INDEXED";
    public const string Failed = "FAILED";
}
