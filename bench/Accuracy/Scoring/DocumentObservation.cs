using Intake.Extractors.Results;

namespace Intake.Bench.Accuracy.Scoring;

/// <summary>
/// What production made of one document: the type the extraction host chose (null: unclassified,
/// or the text could not be read), the extracted fields as the SDK models them, the row count of
/// each table, and why it failed, if it did.
/// </summary>
public sealed record DocumentObservation(string? DocumentType, double Score, IReadOnlyDictionary<string, double> Scores)
{
    public IReadOnlyDictionary<string, ExtractedField> Fields { get; init; } = new Dictionary<string, ExtractedField>();

    public IReadOnlyDictionary<string, int> TableRows { get; init; } = new Dictionary<string, int>();

    /// <summary>The extracted tables themselves, for metrics that compare rows (bank statements' transactions).</summary>
    public IReadOnlyDictionary<string, ExtractedTable> Tables { get; init; } = new Dictionary<string, ExtractedTable>();

    /// <summary>The document's text as the extractors saw it (text layer or OCR), to tell a wrong answer from a truth the page does not print.</summary>
    public string Text { get; init; } = "";

    /// <summary>The text acquisition error code (the document would end FAILED, without a type).</summary>
    public string? TextError { get; init; }

    /// <summary>The extraction error code (the document would end FAILED with its type).</summary>
    public string? ExtractionError { get; init; }

    public TimeSpan TextTime { get; init; }

    public TimeSpan ExtractionTime { get; init; }

    public static DocumentObservation Unclassified { get; } = new(null, 0, new Dictionary<string, double>());
}
