using Intake.Extractors.Content;
using Intake.Extractors.Schema;

namespace Intake.Extractors.Results;

/// <summary>
/// One extracted value with its evidence: the value (string, decimal, DateOnly, TimeOnly or
/// bool, as <see cref="Type"/> says), how sure the extractor is, and where on which page it was read.
/// </summary>
public sealed record ExtractedField(object? Value, FieldType Type, double Confidence, int? Page = null, BoundingBox? Box = null)
{
    /// <summary>The text the value was read from, when it differs from the value (e.g. "1.234,56 €").</summary>
    public string? SourceText { get; init; }

    public static ExtractedField Text(string value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Text, confidence, page, box);

    public static ExtractedField Amount(decimal value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Amount, confidence, page, box);

    public static ExtractedField Number(decimal value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Number, confidence, page, box);

    public static ExtractedField Date(DateOnly value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Date, confidence, page, box);

    public static ExtractedField Time(TimeOnly value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Time, confidence, page, box);

    public static ExtractedField Currency(string isoCode, double confidence, int? page = null, BoundingBox? box = null) =>
        new(isoCode, FieldType.Currency, confidence, page, box);

    public static ExtractedField Boolean(bool value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Boolean, confidence, page, box);
}
