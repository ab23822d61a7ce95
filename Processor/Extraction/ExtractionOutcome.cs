using Intake.Extractors.Results;

namespace Intake.Processor.Extraction;

/// <summary>A reason a document failed, as <c>status.extractionErrors</c> shows it.</summary>
public sealed record ExtractionError(string Code, string Message, string Stage);

/// <summary>
/// What classification and extraction made of a document: its type and score (null type: no
/// extractor was confident, which is not a failure), and either a result or an error. A
/// template's result may come with a null type.
/// </summary>
public sealed record ExtractionOutcome(
    string? DocumentType,
    double Score,
    IReadOnlyDictionary<string, double> Scores,
    string? ExtractorVersion = null,
    ExtractionResult? Result = null,
    ExtractionError? Error = null)
{
    /// <summary>The user's template that read the fields, when one did instead of the type's plugin.</summary>
    public string? TemplateId { get; init; }

    public bool Failed => Error is not null;
}
