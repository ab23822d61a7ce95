using System.Text.RegularExpressions;

namespace Intake.Extractors.Parsing;

/// <summary>
/// The shapes of date Intake reads, as regular expressions over folded text (see
/// <see cref="TextFolding"/>). Each refuses to start or end inside a longer number, so that
/// account numbers, IBANs and amounts do not yield dates.
/// </summary>
internal static class DatePatterns
{
    private const string NotAfterNumber = @"(?<!\d|\d[./-])";
    private const string NotBeforeNumber = @"(?!\d|[./-]\d)";

    private static readonly string MonthName =
        $"(?<![a-z])(?<month>{string.Join('|', CalendarNames.Months.Keys.OrderByDescending(n => n.Length))})(?![a-z])\\.?";

    /// <summary>05.06.2018, 5.6.18, 05/11/2017, 05-11-2017: day and month in either order, settled later.</summary>
    public static Regex Numeric { get; } = new(
        NotAfterNumber + @"(?<first>\d{1,2})(?<sep>\.\s?|/|-)(?<second>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})" + NotBeforeNumber,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>2018-06-05, 2018/06/05, 2018.06.05: year first is always year, month, day.</summary>
    public static Regex YearFirst { get; } = new(
        NotAfterNumber + @"(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})" + NotBeforeNumber,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>5 June 2018, 05-Jun-2018, 5. Juni 2018, 1er juin 2018, 5. Mär. 2018, 5th of June '18.</summary>
    public static Regex DayMonthNameYear { get; } = new(
        @"(?<!\d)(?<day>\d{1,2})(?:\s?(?:er|st|nd|rd|th))?\.?[\s/-]*(?:of\s+)?" + MonthName + @"[\s/-]*,?\s*'?(?<year>\d{4}|\d{2})(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>June 5, 2018; Jun 5th 2018. Only with a four-digit year: "June 5, 18" is too rare to risk.</summary>
    public static Regex MonthNameDayYear { get; } = new(
        MonthName + @"\s*(?<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,\s*|\s+)(?<year>\d{4})(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A weekday before a date: "Monday, ", "Mardi ", "Di. ".</summary>
    public static Regex LeadingWeekday { get; } = new(@"^(?<weekday>[a-z]+)\.?,?\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>20180605, accepted only as a whole text: inside a line it is as likely an invoice number.</summary>
    public static Regex Compact { get; } = new(@"^(?<year>(?:19|20|21)\d{2})(?<month>\d{2})(?<day>\d{2})$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
