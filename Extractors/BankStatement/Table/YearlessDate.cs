using System.Text.RegularExpressions;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// A day and month printed without the year ("03/31", "31.03."), as many statements print their
/// rows under a heading that gives the period in full. The year is the statement's: that of its
/// latest full date, or the year before for a row that would otherwise fall well after it (a
/// December row on a statement running into January).
/// </summary>
internal static partial class YearlessDate
{
    /// <summary>How far past the statement's latest full date a row may fall and still be in its year.</summary>
    private const int DaysPastLatest = 31;

    /// <summary>Whether <paramref name="text"/> reads as a day and month in either order (in a leap year, so 29 February counts).</summary>
    public static bool IsOne(string text) =>
        Parts(text) is var (first, second) && (Valid(2000, second, first) || Valid(2000, first, second));

    public static DateOnly? In(string text, DateOrder order, DateOnly? latestFullDate)
    {
        if (latestFullDate is not { } latest || Parts(text) is not var (first, second))
        {
            return null;
        }

        var (day, month) = order == DateOrder.MonthDayYear ? (second, first) : (first, second);
        foreach (var year in new[] { latest.Year, latest.Year - 1 })
        {
            if (Valid(year, month, day) && new DateOnly(year, month, day) is var date && date.DayNumber <= latest.DayNumber + DaysPastLatest)
            {
                return date;
            }
        }

        return null;
    }

    private static (int First, int Second)? Parts(string text) =>
        Pattern().Match(text) is { Success: true } match ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : null;

    private static bool Valid(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"^\s*(\d{1,2})[./-](\d{1,2})\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
