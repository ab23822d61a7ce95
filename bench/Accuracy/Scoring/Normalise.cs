using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Bench.Accuracy.Scoring;

/// <summary>
/// How ground truth and extracted values are made comparable, per ../shared/corpus/README.md.
/// Written apart from the SDK's parsers on purpose: the benchmark must not share a bug with
/// the code it measures.
/// </summary>
public static partial class Normalise
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Trimmed, every run of whitespace one space: how identifiers and SROIE's fields are compared.</summary>
    public static string Whitespace(string value) => Blanks().Replace(value.Trim(), " ");

    /// <summary>Every whitespace character removed: an identifier however a page spaces or breaks it.</summary>
    public static string Compact(string value) => Blanks().Replace(value, "");

    /// <summary>
    /// An amount as a receipt prints it (<c>9.00</c>, <c>$8.20</c>, <c>1,234.50</c>): currency
    /// signs and letters dropped, commas taken as thousands separators. Null when nothing is printed.
    /// </summary>
    public static decimal? PrintedAmount(string printed)
    {
        var number = NotNumeric().Replace(printed, "").Replace(",", "", StringComparison.Ordinal);
        return number.Length == 0 ? null
            : decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"'{printed}' is not an amount.");
    }

    /// <summary>
    /// A date as a receipt prints it: <c>2018-03-23</c>; <c>05 MAR 2018</c>; or day first,
    /// <c>25/12/2018</c>, <c>12-01-19</c>, <c>5/3/2018</c> (Malaysian receipts), unless the second
    /// number cannot be a month (<c>12/28/2017</c>). Two-digit years are 20yy. Null when nothing is printed.
    /// </summary>
    public static DateOnly? PrintedDate(string printed)
    {
        var text = printed.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (IsoPattern().Match(text) is { Success: true } iso)
        {
            return new DateOnly(Number(iso, "year"), Number(iso, "month"), Number(iso, "day"));
        }

        if (NamedMonthPattern().Match(text) is { Success: true } named)
        {
            var month = Array.IndexOf(MonthNames, named.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            return month == 0 ? throw new FormatException($"'{printed}' names no month.")
                : new DateOnly(Year(named.Groups["year"].Value), month, Number(named, "day"));
        }

        if (NumericPattern().Match(text) is { Success: true } numeric)
        {
            var first = Number(numeric, "first");
            var second = Number(numeric, "second");
            var (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second);
            return new DateOnly(Year(numeric.Groups["year"].Value), month, day);
        }

        throw new FormatException($"'{printed}' is not a date format the benchmark knows; teach {nameof(Normalise)}.{nameof(PrintedDate)} it.");
    }

    /// <summary>An ISO date (<c>2013-03-05</c>), as the invoices' ground truth and the product state dates.</summary>
    public static DateOnly IsoDate(string iso) => DateOnly.ParseExact(iso.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + year : year;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"[^0-9.,\-]")]
    private static partial Regex NotNumeric();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<day>\d{1,2})[\s\-/.]*(?<month>[A-Za-z]{3,9})\.?[\s\-/.,]*(?<year>\d{4}|\d{2})$")]
    private static partial Regex NamedMonthPattern();

    [GeneratedRegex(@"^(?<first>\d{1,2})[/.\-](?<second>\d{1,2})[/.\-](?<year>\d{4}|\d{2})$")]
    private static partial Regex NumericPattern();
}
