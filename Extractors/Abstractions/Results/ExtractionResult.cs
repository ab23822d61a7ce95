namespace Intake.Extractors.Results;

/// <summary>What an extractor returns: fields by name, tables by name, the summary, and warnings for people.</summary>
public sealed record ExtractionResult
{
    /// <summary>
    /// Values by field name, as the extractor's schema names them (camelCase). Leave out a field
    /// that was not found rather than adding it with a null value.
    /// </summary>
    public IReadOnlyDictionary<string, ExtractedField> Fields { get; init; } = new Dictionary<string, ExtractedField>();

    /// <summary>Tables by name (<c>items</c>), as the schema names them; leave out a table that was not found.</summary>
    public IReadOnlyDictionary<string, ExtractedTable> Tables { get; init; } = new Dictionary<string, ExtractedTable>();

    /// <summary>The values every document type shares (description, total, date, currency), for lists and search; each null when unknown.</summary>
    public DocumentSummary Summary { get; init; } = new();

    /// <summary>Things a reviewer should know: an ambiguous date, totals that do not add up.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The extractor's confidence in the result as a whole (0..1); by default the mean of its fields'.</summary>
    public double? Confidence { get; init; }

    /// <summary>The confidence used for the result (0..1): <see cref="Confidence"/> when set, else the mean of the fields', else 0.</summary>
    public double OverallConfidence => Confidence ?? (Fields.Count == 0 ? 0 : Fields.Values.Average(f => f.Confidence));
}
