namespace Intake.Tools.Generator.Layouts;

/// <summary>How a layout prints dates. Formatted by hand: the build runs with invariant globalization.</summary>
public enum DateStyle
{
    /// <summary>31.03.2026</summary>
    DayMonthYearDots,
    /// <summary>31/03/2026</summary>
    DayMonthYearSlashes,
    /// <summary>03/31/2026</summary>
    MonthDayYearSlashes,
    /// <summary>31 Mar 2026</summary>
    DayMonthNameYear,
    /// <summary>Mar 31, 2026, as American invoices print it.</summary>
    MonthNameDayYear,
    /// <summary>03/31, as American statements print a booking: the year is the statement period's.</summary>
    MonthDaySlashes,
    /// <summary>31.03.26, a two-digit year, as Swiss banks print it.</summary>
    DayMonthShortYearDots,
    /// <summary>2026-03-31, ISO 8601, as Canadian and many software-made invoices print it.</summary>
    YearMonthDayDashes,
}

public static class DateFormatting
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Format(this DateStyle style, DateOnly date) => style switch
    {
        DateStyle.DayMonthYearDots => $"{date.Day:00}.{date.Month:00}.{date.Year}",
        DateStyle.DayMonthYearSlashes => $"{date.Day:00}/{date.Month:00}/{date.Year}",
        DateStyle.MonthDayYearSlashes => $"{date.Month:00}/{date.Day:00}/{date.Year}",
        DateStyle.MonthNameDayYear => $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}",
        DateStyle.MonthDaySlashes => $"{date.Month:00}/{date.Day:00}",
        DateStyle.DayMonthShortYearDots => $"{date.Day:00}.{date.Month:00}.{date.Year % 100:00}",
        DateStyle.YearMonthDayDashes => $"{date.Year}-{date.Month:00}-{date.Day:00}",
        _ => $"{date.Day:00} {EnglishMonths[date.Month - 1]} {date.Year}",
    };
}
