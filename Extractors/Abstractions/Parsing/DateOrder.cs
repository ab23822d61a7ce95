namespace Intake.Extractors.Parsing;

/// <summary>How to read a numeric date whose first two numbers could each be the day or the month (05/06/2018).</summary>
public enum DateOrder
{
    /// <summary>Day, month, year: 05/06/2018 is 5 June 2018 (most of the world, including the UK, Germany and France).</summary>
    DayMonthYear,

    /// <summary>Month, day, year: 05/06/2018 is 6 May 2018 (the United States).</summary>
    MonthDayYear,
}
