namespace Intake.Extractors.Parsing;

/// <summary>
/// A date read from text. <see cref="Ambiguous"/> is true when the text also reads as another
/// date (05/06/2018); <see cref="Note"/> then says which reading was chosen and why, ready to
/// be shown to a reviewer as a warning.
/// </summary>
/// <param name="Value">The date.</param>
/// <param name="Ambiguous">Whether the text also reads as another valid date.</param>
/// <param name="Note">For an ambiguous date, the reading chosen and why; otherwise null.</param>
/// <param name="Span">Where the date is in the text it was read from (without a weekday before it).</param>
public sealed record ParsedDate(DateOnly Value, bool Ambiguous, string? Note, TextSpan Span)
{
    /// <summary>The date as ISO 8601, <c>yyyy-MM-dd</c>.</summary>
    public string Iso => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
