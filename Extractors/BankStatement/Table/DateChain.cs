using System.Globalization;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Repairs booking dates OCR misread. A statement lists its bookings in date order, so a date
/// that is missing, unreadable, or out of order with its neighbours lies between the dates of
/// the rows around it; of those days, the one whose digits are fewest edits from the digits
/// read is taken, and among equals the one nearest the row's value date (a booking's value date
/// is the same day or a few days off). Where nothing decides, the date read stays.
/// </summary>
internal static class DateChain
{
    /// <summary>How many digits may be misread (or dropped, or added) before a reading is no evidence at all.</summary>
    private const int MaxDigitEdits = 3;

    /// <summary>How far after the last sure date an unbounded row may lie: a statement covers a month.</summary>
    private const int MaxDaysUnbounded = 31;

    public static IReadOnlyList<Transaction> Repair(IReadOnlyList<Transaction> rows, DateOrder order)
    {
        var sure = SureDates(rows);
        var repaired = rows.ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            if (sure[i])
            {
                continue;
            }

            var lower = Enumerable.Range(0, i).Reverse().Where(j => sure[j]).Select(j => rows[j].Date).FirstOrDefault();
            var upper = Enumerable.Range(i + 1, rows.Count - i - 1).Where(j => sure[j]).Select(j => rows[j].Date).FirstOrDefault();
            if (Likeliest(rows[i], lower ?? upper?.AddDays(-MaxDaysUnbounded), upper ?? lower?.AddDays(MaxDaysUnbounded), order) is { } date && date != rows[i].Date)
            {
                repaired[i] = rows[i] with { Date = date, Repair = rows[i].Repair ?? $"the date '{rows[i].DateText}' misread, from the dates around it" };
            }
        }

        return repaired;
    }

    /// <summary>Rows whose date was read and keeps the order with the sure dates before it and the next date read.</summary>
    private static bool[] SureDates(IReadOnlyList<Transaction> rows)
    {
        var sure = new bool[rows.Count];
        DateOnly? previous = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Date is not { } date || date < previous)
            {
                continue;
            }

            // A date past the next one read (when that one keeps the order) is the misread one of the two.
            var next = rows.Skip(i + 1).Select(r => r.Date).FirstOrDefault(d => d is not null);
            if (next is { } n && n >= (previous ?? n) && date > n)
            {
                continue;
            }

            sure[i] = true;
            previous = date;
        }

        return sure;
    }

    private static DateOnly? Likeliest(Transaction row, DateOnly? lower, DateOnly? upper, DateOrder order)
    {
        if (lower is not { } from || upper is not { } to || to < from)
        {
            return row.Date;
        }

        var read = new string((row.DateText ?? "").Where(char.IsDigit).ToArray());
        var candidates = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
            .Select(offset => from.AddDays(offset))
            .Select(date => (Date: date, Edits: read.Length == 0 ? 0 : EditsFrom(read, date, order), FromValueDate: row.ValueDate is { } v ? Math.Abs(v.DayNumber - date.DayNumber) : 0))
            .Where(c => c.Edits <= MaxDigitEdits)
            .OrderBy(c => c.Edits).ThenBy(c => c.FromValueDate)
            .ToList();
        if (candidates.Count == 0)
        {
            return row.Date;
        }

        var best = candidates[0];
        var tied = candidates.Count > 1 && candidates[1].Edits == best.Edits && candidates[1].FromValueDate == best.FromValueDate;
        // Undecided, a date read stays; a row with none takes the day before it, as statements list several bookings a day.
        return tied ? row.Date ?? from : best.Date;
    }

    /// <summary>
    /// The fewest edits from the digits read to the date's as the statement may print it (with a
    /// long or short year, or none, or a month in words), of the forms as long as the reading or
    /// nearest to it: a misread digit is likelier than a whole month dropped.
    /// </summary>
    private static int EditsFrom(string read, DateOnly date, DateOrder order)
    {
        var (first, second) = order == DateOrder.MonthDayYear ? (date.Month, date.Day) : (date.Day, date.Month);
        string[] printed =
        [
            Digits(first, second) + Digits4(date.Year),
            Digits(first, second) + Digits(date.Year % 100),
            Digits(first, second),
            Digits(date.Day) + Digits4(date.Year),
        ];
        var nearest = printed.Min(p => Math.Abs(p.Length - read.Length));
        return printed.Where(p => Math.Abs(p.Length - read.Length) == nearest).Min(p => DigitEdits.Between(read, p));
    }

    private static string Digits(params int[] parts) => string.Concat(parts.Select(p => p.ToString("00", CultureInfo.InvariantCulture)));

    private static string Digits4(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}
