using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>An amount read from one or two words of a line, with how much repair it needed.</summary>
/// <param name="Value">The amount.</param>
/// <param name="Words">The words it was read from.</param>
/// <param name="Repaired">True when letters were read as digits ("1O.5O") or split words joined ("20. 00").</param>
/// <param name="ImpliedDecimals">True when the decimal mark was missing ("1000" read as 10.00): a guess to be confirmed by other amounts.</param>
internal sealed record OcrAmount(decimal Value, IReadOnlyList<Word> Words, bool Repaired, bool ImpliedDecimals)
{
    /// <summary>The box around the words the amount was read from.</summary>
    public BoundingBox Box => BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? default;

    /// <summary>How sure the reading is: the OCR's confidence, less for repairs and guesses.</summary>
    public double Confidence => Words.Min(w => w.Confidence) * (ImpliedDecimals ? 0.5 : Repaired ? 0.8 : 1.0);
}

/// <summary>
/// Reads amounts as tills print them (two decimals) from OCR'd words, forgiving what OCR does
/// to them: letters for digits (O/0, S/5, l/1, B/8), a currency glued on ("RM9.00"), stray
/// brackets, a decimal mark followed by a space ("33, 92"). Dates, times and percentages are not amounts.
/// </summary>
internal static partial class OcrAmounts
{
    /// <summary>Every amount on the line, left to right.</summary>
    public static IReadOnlyList<OcrAmount> Read(Line line)
    {
        var found = new List<OcrAmount>();
        var words = line.Words;
        for (var i = 0; i < words.Count; i++)
        {
            // "20." "00" and "33," "92": OCR put a space after the decimal mark.
            if (i + 1 < words.Count && SplitDecimals().IsMatch(words[i + 1].Text) && TrailingMark().IsMatch(words[i].Text)
                && Parse(words[i].Text + words[i + 1].Text) is { } joined)
            {
                found.Add(new OcrAmount(joined.Value, [words[i], words[i + 1]], true, joined.Implied));
                i++;
                continue;
            }

            if (Parse(words[i].Text) is { } single)
            {
                // "-RM 0.02", "- 0.02": the sign went with the currency.
                var signedBefore = i > 0 && words[i - 1].Text.StartsWith('-') && !words[i - 1].Text.Any(char.IsDigit);
                found.Add(new OcrAmount(signedBefore ? -single.Value : single.Value, [words[i]], single.Repaired, single.Implied));
            }
        }

        return found;
    }

    /// <summary>One word as an amount, or null.</summary>
    public static (decimal Value, bool Repaired, bool Implied)? Parse(string text)
    {
        if (text.Contains('%') || text.Contains(':') || DateLike().IsMatch(text))
        {
            return null;
        }

        var stripped = Currency().Replace(Junk().Replace(text, ""), "");
        var negative = stripped.StartsWith('-') || text.StartsWith("-", StringComparison.Ordinal);
        stripped = stripped.TrimStart('-');

        // "$.20": on a till's slip an S read as a dollar sign, not a currency before a decimal mark.
        stripped = stripped.StartsWith("$.", StringComparison.Ordinal) ? "5" + stripped[1..] : stripped.TrimStart('$', '€', '£');
        if (stripped.Count(char.IsDigit) < 2)
        {
            return null;
        }

        var repaired = new string(stripped.Select(LetterAsDigit).ToArray());
        var wasRepaired = repaired != stripped;
        if (TwoDecimals().IsMatch(repaired))
        {
            var number = repaired[..^3].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
            var value = decimal.Parse(number + "." + repaired[^2..], CultureInfo.InvariantCulture);
            return (negative ? -value : value, wasRepaired, false);
        }

        if (OneDecimal().IsMatch(repaired))
        {
            // "174.9": OCR lost the last digit, which on a till's slip is most often a zero.
            var value = decimal.Parse(repaired.Replace(',', '.') + "0", CultureInfo.InvariantCulture);
            return (negative ? -value : value, true, false);
        }

        if (NoDecimalMark().IsMatch(repaired))
        {
            var value = decimal.Parse(repaired, CultureInfo.InvariantCulture) / 100;
            return (negative ? -value : value, true, true);
        }

        return null;
    }

    private static char LetterAsDigit(char c) => c switch
    {
        'O' or 'o' or 'Q' or 'D' or 'U' or 'u' => '0',
        'S' or 's' or '§' => '5',
        'l' or 'I' or '|' or 'i' or '!' or 'L' => '1',
        'B' => '8',
        'Z' or 'z' => '2',
        _ => c,
    };

    /// <summary>Two decimals after '.' or ',' with optional grouping: 9.00, 1,234.50, 1.234,50, 33,90.</summary>
    [GeneratedRegex(@"^\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}$|^\d+[.,]\d{2}$")]
    private static partial Regex TwoDecimals();

    /// <summary>Three to six digits and nothing else: a total whose decimal mark OCR lost ("1000" for 10.00).</summary>
    [GeneratedRegex(@"^\d{3,6}$")]
    private static partial Regex NoDecimalMark();

    [GeneratedRegex(@"^\d{1,5}[.,]\d$")]
    private static partial Regex OneDecimal();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex SplitDecimals();

    [GeneratedRegex(@"^\D{0,3}\d+[.,]$")]
    private static partial Regex TrailingMark();

    /// <summary>Currency codes and symbols glued to the number, and OCR's readings of "RM".</summary>
    [GeneratedRegex(@"^(?:RM|RH|RN|MYR|EUR|USD|GBP|CHF|SGD|Fr\.?)|(?:RM|EUR|€|\$|£)$", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    /// <summary>Brackets, quotes and marks OCR hangs on a number's ends.</summary>
    [GeneratedRegex(@"^[\(\[\{""'*#:;~=_]+|[\)\]\}""'*#:;~=_,\.¢]+$")]
    private static partial Regex Junk();

    /// <summary>Two separators between digits (25/12/2018, 12-01-19, 18.01.2018): a date, not an amount.</summary>
    [GeneratedRegex(@"\d[/.\-]\d{1,2}[/.\-]\d")]
    private static partial Regex DateLike();
}
