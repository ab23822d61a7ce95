using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Reads a statement's dates and amounts the way the statement as a whole writes them: the day
/// and month order that keeps the dates within the shortest span (statements cover weeks, not
/// years), and the decimal mark most amounts use.
/// </summary>
internal sealed class CellParsing
{
    private CellParsing(DateHints dates, AmountHints amounts)
    {
        Dates = dates;
        Amounts = amounts;
    }

    public DateHints Dates { get; }

    public AmountHints Amounts { get; }

    public static CellParsing For(IEnumerable<string> dateTexts, IEnumerable<string> moneyTexts, DateHints fallback)
    {
        var texts = dateTexts.Select(OcrDigits.Repair).ToList();
        var orders = new[] { DateOrder.DayMonthYear, DateOrder.MonthDayYear }
            .Select(order =>
            {
                var hints = new DateHints { Order = order };
                var parsed = texts.Select(t => DateIn(t, hints)).OfType<DateOnly>().ToList();
                var span = parsed.Count == 0 ? 0 : parsed.Max().DayNumber - parsed.Min().DayNumber;
                return (Hints: hints, Parsed: parsed.Count, Span: span);
            })
            .ToList();
        var dates = orders[0].Parsed == orders[1].Parsed && orders[0].Span == orders[1].Span
            ? fallback
            : orders.OrderByDescending(o => o.Parsed).ThenBy(o => o.Span).First().Hints;

        var marks = moneyTexts.Select(OcrDigits.Repair).Select(DecimalMarkOf).OfType<char>().GroupBy(c => c).OrderByDescending(g => g.Count()).FirstOrDefault();
        return new CellParsing(dates, new AmountHints { DecimalSeparator = marks?.Key });
    }

    public DateOnly? Date(Cell? cell) => cell is null ? null : DateIn(cell.Text, Dates);

    /// <summary>The first date in a date cell; a speck or a stray letter beside it is no reason to lose it.</summary>
    public static DateOnly? DateIn(string text, DateHints hints) =>
        DateParser.TryParse(OcrDigits.Repair(text), hints, out var whole) ? whole.Value
            : DateParser.FindAll(string.Join(' ', text.Split(' ').Select(OcrDigits.Repair)), hints).FirstOrDefault()?.Value;

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
