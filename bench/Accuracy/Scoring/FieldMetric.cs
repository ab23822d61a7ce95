using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Intake.Bench.Accuracy.Scoring;

/// <summary>How a metric compares the ground truth with what was extracted.</summary>
public enum Comparison
{
    /// <summary>Strings equal after whitespace normalisation (invoice numbers, currencies, SROIE's exact match).</summary>
    Exact,

    /// <summary>Amounts within ±0.005; the truth a JSON number or a printed amount ("$8.20").</summary>
    Amount,

    /// <summary>Calendar dates equal; the truth an ISO date or a printed one ("25/12/2018").</summary>
    Date,

    /// <summary>Names alike (similarity ≥ 0.8, case-insensitive).</summary>
    Similar,

    /// <summary>Names alike, or one contained in the other (invoice vendors).</summary>
    SimilarOrContained,

    /// <summary>A table's row count equals the truth's number.</summary>
    RowCount,
}

/// <summary>
/// One scored figure: the product's field (or table) <see cref="Field"/> against the ground
/// truth's <see cref="TruthKey"/>, compared as <see cref="Comparison"/> says. Values must have
/// the kind the SDK gives the comparison: a decimal for amounts, a DateOnly for dates, a string for text.
/// </summary>
/// <param name="AuditText">
/// Whether a wrong answer's truth is looked for in the document's text (<see cref="FieldVerdict.InText"/>): for
/// the invoices' identifiers and dates, whose truth comes from an XML the page may not agree with; not for
/// currencies (a page prints "€" for EUR) nor for OCR'd receipts (a misread is no unprinted truth).
/// </param>
public sealed record FieldMetric(string Name, string Field, string TruthKey, Comparison Comparison, bool AuditText = false)
{
    /// <summary>The verdict on one document, or null when its truth has no value (left out of the denominator).</summary>
    public FieldVerdict? Judge(JsonObject truth, DocumentObservation observation, bool classifiedAsExpected)
    {
        var expected = Expected(truth[TruthKey]);
        if (expected is null)
        {
            return null;
        }

        if (!classifiedAsExpected)
        {
            return new FieldVerdict(Name, Show(expected), null, false, "not classified as its type");
        }

        if (Comparison == Comparison.RowCount)
        {
            var rows = observation.TableRows.GetValueOrDefault(Field);
            return new FieldVerdict(Name, Show(expected), Show(rows), rows == (int)expected, null);
        }

        if (!observation.Fields.TryGetValue(Field, out var field) || field.Value is null)
        {
            return new FieldVerdict(Name, Show(expected), null, false, "missing") { InText = AuditText ? InText(expected, observation.Text) : null };
        }

        var actual = field.Value;
        bool? correct = (Comparison, expected, actual) switch
        {
            (Comparison.Exact, string e, string a) => Normalise.Whitespace(e) == Normalise.Whitespace(a),
            (Comparison.Similar, string e, string a) => NameSimilarity.Similar(e, a),
            (Comparison.SimilarOrContained, string e, string a) => NameSimilarity.SimilarOrContained(e, a),
            (Comparison.Amount, decimal e, decimal a) => Math.Abs(e - a) <= 0.005m,
            (Comparison.Date, DateOnly e, DateOnly a) => e == a,
            _ => null,
        };
        return correct is { } right
            ? new FieldVerdict(Name, Show(expected), Show(actual), right, null) { InText = right || !AuditText ? null : InText(expected, observation.Text), Source = field.Source }
            : new FieldVerdict(Name, Show(expected), Show(actual), false, $"wrong type: {field.Type} holding {actual.GetType().Name}");
    }

    /// <summary>The start of a month's name in English, German or French: "Oct", "Okt.", "déc".</summary>
    private const string MonthPrefixes = "(?:jan|feb|fév|mar|mär|apr|avr|may|mai|jun|juin|jul|juil|aug|aoû|sep|oct|okt|nov|dec|dez|déc)";

    /// <summary>
    /// Whether a truth can be found in the document's text at all. Deliberately lenient, so that only a
    /// truth the page plainly lacks is flagged: an identifier's characters in a row (whitespace, case and
    /// hyphens ignored, since a line may break an identifier at a hyphen), or a date's year, four digits
    /// anywhere or two beside a date's separator or a month's name.
    /// </summary>
    public bool? InText(object expected, string text) => (Comparison, expected) switch
    {
        (Comparison.Exact, string e) => Normalise.Compact(text).Replace("-", "", StringComparison.Ordinal)
            .Contains(Normalise.Compact(e).Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase),
        (Comparison.Date, DateOnly e) => text.Contains(e.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || Regex.IsMatch(text, $@"(?:[./'’-] ?|\b{MonthPrefixes}\p{{L}}*\.?[ -]){e:yy}\b|\b{e:yy}[./-]\d{{1,2}}[./-]\d{{1,2}}\b", RegexOptions.IgnoreCase),
        _ => null,
    };

    /// <summary>The truth as the comparison needs it: a string, decimal, DateOnly or int; null when there is none.</summary>
    private object? Expected(JsonNode? truth)
    {
        if (truth is null)
        {
            return null;
        }

        return Comparison switch
        {
            Comparison.Amount => truth.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? truth.GetValue<decimal>()
                : Normalise.PrintedAmount(truth.GetValue<string>()),
            Comparison.Date => truth.GetValue<string>() is var date && LooksIso(date) ? Normalise.IsoDate(date) : Normalise.PrintedDate(date),
            Comparison.RowCount => truth.GetValue<int>(),
            _ => truth.GetValue<string>() is { Length: > 0 } text ? text : null,
        };
    }

    private static bool LooksIso(string date) => date.Length == 10 && date[4] == '-' && date[7] == '-';

    private static string? Show(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>One metric on one document: the normalised values compared, and why it is wrong when no value says.</summary>
public sealed record FieldVerdict(string Metric, string? Expected, string? Actual, bool Correct, string? Reason)
{
    /// <summary>
    /// For a wrong identifier or date: false when the truth's value is nowhere in the document's
    /// text (the truth came from elsewhere, an e-invoice's XML say), so no reading of the page can
    /// give it. Null when right, or not checked.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? InText { get; init; }

    /// <summary>Where the value came from when not the page (<c>embedded-xml</c>: an e-invoice's XML), as the field's details say.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }
}
