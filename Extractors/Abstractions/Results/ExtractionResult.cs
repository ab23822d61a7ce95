namespace Intake.Extractors.Results;

/// <summary>What an extractor returns: fields by name, tables by name, the summary, and warnings for people.</summary>
public sealed record ExtractionResult
{
    public IReadOnlyDictionary<string, ExtractedField> Fields { get; init; } = new Dictionary<string, ExtractedField>();

    public IReadOnlyDictionary<string, ExtractedTable> Tables { get; init; } = new Dictionary<string, ExtractedTable>();

    public DocumentSummary Summary { get; init; } = new();

    /// <summary>Things a reviewer should know: an ambiguous date, totals that do not add up.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The extractor's confidence in the result as a whole (0..1); by default the mean of its fields'.</summary>
    public double? Confidence { get; init; }

    public double OverallConfidence => Confidence ?? (Fields.Count == 0 ? 0 : Fields.Values.Average(f => f.Confidence));
}
