using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Extractors.Parsing;

/// <summary>
/// Reads dates in English, German and French: numeric (05.06.2018, 5.6.18, 05/11/2017,
/// 2018-06-05), with month names or their abbreviations (5 June 2018, June 5, 2018, 5. Mär. 2018,
/// 1er juin 2018), optionally after a weekday. Two-digit years 00–69 are 2000–2069 and 70–99 are
/// 1970–1999. Impossible dates (31.02.2018) and years outside 1900–2100 are not dates.
/// </summary>
public static class DateParser
{
    /// <summary>Two-digit years below this are in the 2000s, the rest in the 1900s.</summary>
    public const int TwoDigitYearPivot = 70;

    /// <summary>The earliest year taken as plausible on a document.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year taken as plausible on a document.</summary>
    public const int MaxYear = 2100;

    /// <summary>
    /// Reads <paramref name="text"/> as one date (surrounding whitespace, a weekday before it and
    /// a full stop after it allowed). Also accepts yyyyMMdd (20180605) when it is the whole text.
    /// </summary>
    public static bool TryParse(string text, DateHints hints, out ParsedDate date)
    {
        date = null!;
        var folded = TextFolding.Fold(text);
        var start = folded.Length - folded.TrimStart().Length;
        var end = folded.TrimEnd().TrimEnd('.', ',').Length;
        if (start >= end)
        {
            return false;
        }

        var found = FindAll(text, hints);

        // Try the text as it is first: "mar" is March in English and a Tuesday ("mar.") in
        // French, so "Mar 5, 2018" must keep it while "mar. 5 juin 2018" must skip it.
        if (TryParseSpan(found, folded, start, end, out date))
        {
            return true;
        }

        var weekday = DatePatterns.LeadingWeekday.Match(folded[start..end]);
        return weekday.Success
            && CalendarNames.Weekdays.Contains(weekday.Groups["weekday"].Value)
            && TryParseSpan(found, folded, start + weekday.Length, end, out date);
    }

    /// <summary>Every date inside <paramref name="text"/>, in order of appearance, with its span; overlapping readings keep the longest.</summary>
    public static IReadOnlyList<ParsedDate> FindAll(string text, DateHints hints)
    {
        var folded = TextFolding.Fold(text);
        var candidates = new List<ParsedDate>();
        candidates.AddRange(Read(DatePatterns.Numeric, folded, m => FromNumeric(m, text, hints)));
        candidates.AddRange(Read(DatePatterns.YearFirst, folded, FromNamedGroups));
        candidates.AddRange(Read(DatePatterns.DayMonthNameYear, folded, FromNamedGroups));
        candidates.AddRange(Read(DatePatterns.MonthNameDayYear, folded, FromNamedGroups));

        var kept = new List<ParsedDate>();
        foreach (var candidate in candidates.OrderByDescending(d => d.Span.Length).ThenBy(d => d.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(candidate.Span)))
            {
                kept.Add(candidate);
            }
        }

        return kept.OrderBy(d => d.Span.Start).ToList();
    }

    /// <summary>The one date that spans exactly <paramref name="start"/> to <paramref name="end"/>, if there is one.</summary>
    private static bool TryParseSpan(IReadOnlyList<ParsedDate> found, string folded, int start, int end, out ParsedDate date)
    {
        date = null!;
        var whole = found.FirstOrDefault(d => d.Span.Start == start && d.Span.End == end);
        if (whole is not null)
        {
            date = whole;
            return true;
        }

        var compact = DatePatterns.Compact.Match(folded[start..end]);
        if (compact.Success && Create(compact.Groups["year"].Value, Number(compact.Groups["month"]), Number(compact.Groups["day"])) is { } value)
        {
            date = new ParsedDate(value, false, null, TextSpan.Between(start, end));
            return true;
        }

        return false;
    }

    private static IEnumerable<ParsedDate> Read(Regex pattern, string folded, Func<Match, ParsedDate?> read) =>
        pattern.Matches(folded).Select(read).OfType<ParsedDate>();

    private static ParsedDate? FromNamedGroups(Match match)
    {
        var monthText = match.Groups["month"].Value;
        var month = CalendarNames.Months.TryGetValue(monthText, out var named) ? named : int.Parse(monthText, CultureInfo.InvariantCulture);
        return Create(match.Groups["year"].Value, month, Number(match.Groups["day"])) is { } value
            ? new ParsedDate(value, false, null, new TextSpan(match.Index, match.Length))
            : null;
    }

    private static ParsedDate? FromNumeric(Match match, string text, DateHints hints)
    {
        var (first, second, year) = (Number(match.Groups["first"]), Number(match.Groups["second"]), match.Groups["year"].Value);
        var dayFirst = Create(year, second, first);
        var monthFirst = Create(year, first, second);
        var span = new TextSpan(match.Index, match.Length);

        if (dayFirst is { } d && monthFirst is { } m && d != m)
        {
            var (order, reason) = hints.Resolve();
            var (chosen, other) = order == DateOrder.DayMonthYear ? (d, m) : (m, d);
            var (chosenName, otherName) = order == DateOrder.DayMonthYear ? ("day first", "month first") : ("month first", "day first");
            var note = $"\"{span.Of(text)}\" read {chosenName} as {Iso(chosen)} ({reason}); {otherName} it would be {Iso(other)}";
            return new ParsedDate(chosen, true, note, span);
        }

        return (dayFirst ?? monthFirst) is { } value ? new ParsedDate(value, false, null, span) : null;
    }

    private static DateOnly? Create(string yearText, int month, int day)
    {
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            year += year < TwoDigitYearPivot ? 2000 : 1900;
        }

        var valid = year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return valid ? new DateOnly(year, month, day) : null;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
