using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Reads a statement's dates and amounts the way the statement as a whole writes them: the day
/// and month order that keeps the dates within the shortest span (statements cover weeks, not
/// years), and the decimal mark most amounts use.
/// </summary>
internal sealed class CellParsing
{
    private CellParsing(DateHints dates, AmountHints amounts, DateOnly? latestFullDate)
    {
        Dates = dates;
        Amounts = amounts;
        LatestFullDate = latestFullDate;
    }

    public DateHints Dates { get; }

    public AmountHints Amounts { get; }

    /// <summary>The latest date the statement prints with its year: the year of rows printed without one.</summary>
    public DateOnly? LatestFullDate { get; }

    public static CellParsing For(IEnumerable<string> dateTexts, IEnumerable<string> moneyTexts, DateHints fallback, DateOnly? latestFullDate)
    {
        var texts = dateTexts.Select(OcrDigits.Repair).ToList();
        var orders = new[] { DateOrder.DayMonthYear, DateOrder.MonthDayYear }
            .Select(order =>
            {
                var hints = new DateHints { Order = order };
                var parsed = texts.Select(t => DateIn(t, hints, latestFullDate)).OfType<DateOnly>().ToList();
                var span = parsed.Count == 0 ? 0 : parsed.Max().DayNumber - parsed.Min().DayNumber;
                return (Hints: hints, Parsed: parsed.Count, Span: span);
            })
            .ToList();
        var dates = orders[0].Parsed == orders[1].Parsed && orders[0].Span == orders[1].Span
            ? fallback
            : orders.OrderByDescending(o => o.Parsed).ThenBy(o => o.Span).First().Hints;

        var marks = moneyTexts.Select(OcrDigits.Repair).Select(DecimalMarkOf).OfType<char>().GroupBy(c => c).OrderByDescending(g => g.Count()).FirstOrDefault();
        return new CellParsing(dates, new AmountHints { DecimalSeparator = marks?.Key }, latestFullDate);
    }

    public DateOnly? Date(Cell? cell) => cell is null ? null : DateIn(cell.Text, Dates, LatestFullDate);

    /// <summary>
    /// The first date in a date cell; a speck or a stray letter beside it is no reason to lose it.
    /// A day and month alone take their year from <paramref name="latestFullDate"/>.
    /// </summary>
    public static DateOnly? DateIn(string text, DateHints hints, DateOnly? latestFullDate = null) =>
        DateParser.TryParse(OcrDigits.Repair(text), hints, out var whole) ? whole.Value
            : DateParser.FindAll(string.Join(' ', text.Split(' ').Select(OcrDigits.Repair)), hints).FirstOrDefault()?.Value
            ?? YearlessDate.In(OcrDigits.Repair(text), hints.Order ?? DateOrder.DayMonthYear, latestFullDate);

    /// <summary>Whether a cell reads as a date, with its year or without.</summary>
    public static bool IsDate(string text) => DateIn(text, DateHints.None) is not null || YearlessDate.IsOne(OcrDigits.Repair(text));

    public decimal? Money(Cell? cell) =>
        cell is not null && AmountParser.TryParse(OcrDigits.Repair(cell.Text), Amounts, out var amount) ? amount.Value : null;

    /// <summary>The mark before the last two digits ("1.234,56" → ','), when the text ends so.</summary>
    private static char? DecimalMarkOf(string text)
    {
        var digits = text.TrimEnd(' ', '-', '−', 'D', 'R', 'C', 'r');
        var index = digits.Length - 3;
        return index > 0 && digits[index] is '.' or ',' && char.IsDigit(digits[^1]) && char.IsDigit(digits[^2]) ? digits[index] : null;
    }
}
