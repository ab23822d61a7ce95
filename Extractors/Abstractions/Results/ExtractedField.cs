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

    /// <summary>
    /// Where the value came from when not from the page's words: <see cref="EmbeddedXml"/> for a
    /// value an e-invoice states in its own XML (exact, so its confidence is 1). Null for values read from the page.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The <see cref="Source"/> of values taken from XML embedded in the document (ZUGFeRD, Factur-X, XRechnung).</summary>
    public const string EmbeddedXml = "embedded-xml";

    /// <summary>A text field (names, numbers that are identifiers such as invoice numbers). <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Text(string value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Text, confidence, page, box);

    /// <summary>A money amount in the document's currency (state the currency in a <see cref="FieldType.Currency"/> field or the summary). <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Amount(decimal value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Amount, confidence, page, box);

    /// <summary>A plain number that is not money: a quantity, a rate, a percentage. <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Number(decimal value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Number, confidence, page, box);

    /// <summary>A calendar date. <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Date(DateOnly value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Date, confidence, page, box);

    /// <summary>A time of day. <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Time(TimeOnly value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Time, confidence, page, box);

    /// <summary>A currency, as an upper-case ISO 4217 code (<c>EUR</c>, not <c>€</c>; see <see cref="Parsing.CurrencyParser"/>). <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Currency(string isoCode, double confidence, int? page = null, BoundingBox? box = null) =>
        new(isoCode, FieldType.Currency, confidence, page, box);

    /// <summary>A yes/no field (a box ticked, a "paid" stamp present). <paramref name="confidence"/> is 0..1; <paramref name="page"/> is 1-based and <paramref name="box"/> is where the value was read, both null when unknown.</summary>
    public static ExtractedField Boolean(bool value, double confidence, int? page = null, BoundingBox? box = null) =>
        new(value, FieldType.Boolean, confidence, page, box);
}
