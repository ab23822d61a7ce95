using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Receipts;

/// <summary>A date or time read from a line, with how it was read.</summary>
internal sealed record FoundDate(ParsedDate Date, ReceiptLine Line, double Confidence);

/// <summary>A time of day read from a line.</summary>
internal sealed record FoundTime(TimeOnly Time, ReceiptLine Line, double Confidence);

/// <summary>
/// Reads when the purchase was made. Tills print the date once, usually beside "Date" or with
/// the time; other dates on a receipt (best before, valid until) are rarer and unlabelled.
/// OCR noise in digits is repaired first (O/0, l/1, a lost separator in "1202/2018").
/// </summary>
internal static partial class DateTimeReader
{
    private const double LabelBonus = 2;
    private const double TimeBonus = 1;

    public static FoundDate? ReadDate(IReadOnlyList<ReceiptLine> lines, DateHints hints)
    {
        FoundDate? best = null;
        var bestScore = double.MinValue;
        foreach (var line in lines)
        {
            var text = RepairDigits(line.Line.Text);
            foreach (var found in DateParser.FindAll(text, hints))
            {
                var date = NotInTheFuture(found);
                var score = (Keywords.Any(line.LabelTokens, ReceiptVocabulary.DateLabels) ? LabelBonus : 0)
                    + (TimePattern().IsMatch(text) ? TimeBonus : 0)
                    - (date.Value.Year < 1990 || date.Value.Year > LatestYear ? 3 : 0);
                if (score > bestScore)
                {
                    var confidence = line.Line.Confidence * (date.Ambiguous ? 0.75 : 0.95) * (score >= LabelBonus ? 1 : 0.85);
                    (best, bestScore) = (new FoundDate(date, line, Math.Clamp(confidence, 0.1, 1)), score);
                }
            }
        }

        return best;
    }

    public static FoundTime? ReadTime(IReadOnlyList<ReceiptLine> lines, FoundDate? date)
    {
        IEnumerable<ReceiptLine> ordered = date is null ? lines : lines.OrderBy(l => l == date.Line ? 0 : Keywords.Any(l.LabelTokens, ReceiptVocabulary.TimeLabels) ? 1 : 2).ThenBy(l => l.Index);
        foreach (var line in ordered)
        {
            var match = TimePattern().Match(RepairDigits(line.Line.Text));
            if (match.Success && ToTime(match) is { } time)
            {
                return new FoundTime(time, line, Math.Clamp(line.Line.Confidence * 0.9, 0.1, 1));
            }
        }

        return null;
    }

    /// <summary>The latest year a purchase can have been made in (a receipt is not from the future; a year's slack for clocks and time zones).</summary>
    private static int LatestYear => DateTime.UtcNow.Year + 1;

    /// <summary>
    /// A purchase date in the future is an OCR misreading of the year's tens digit, most often a
    /// 1 read as 4 or 7 ("2048" for 2018); that reading is tried, else the date is kept as read.
    /// </summary>
    private static ParsedDate NotInTheFuture(ParsedDate date)
    {
        var year = date.Value.Year;
        var tens = year / 10 % 10;
        if (year <= LatestYear || tens is not (4 or 7))
        {
            return date;
        }

        var repaired = year - (tens - 1) * 10;
        return repaired <= LatestYear && DateOnly.TryParse($"{repaired:0000}-{date.Value.Month:00}-{Math.Min(date.Value.Day, DateTime.DaysInMonth(repaired, date.Value.Month)):00}", CultureInfo.InvariantCulture, out var value)
            ? date with { Value = value }
            : date;
    }

    private static TimeOnly? ToTime(Match match)
    {
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"].Value.ToUpperInvariant();
        if (half == "PM" && hour < 12)
        {
            hour += 12;
        }
        else if (half == "AM" && hour == 12)
        {
            hour = 0;
        }

        return hour < 24 && minute < 60 && second < 60 ? new TimeOnly(hour, minute, second) : null;
    }

    /// <summary>Letters OCR reads for digits, where they stand between digits, and a lost separator before a year.</summary>
    private static string RepairDigits(string text)
    {
        var repaired = DigitLookalike().Replace(text, m => m.Value switch
        {
            "O" or "o" or "D" => "0",
            "l" or "I" or "|" => "1",
            "S" => "5",
            _ => m.Value,
        });
        return LostSeparator().Replace(repaired, "${day}${separator}${month}${separator}${year}");
    }

    [GeneratedRegex(@"(?<=\d)[OoDlI|S](?=\d)|(?<=\d[/.\-])[OoDlI|S](?=\d)|(?<=\d)[OoDlI|S](?=[/.\-]\d)")]
    private static partial Regex DigitLookalike();

    /// <summary>"1202/2018": day and month run together before a separated four-digit year.</summary>
    [GeneratedRegex(@"\b(?<day>[0-3]\d)(?<month>[01]\d)(?<separator>[/.\-])(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex LostSeparator();

    [GeneratedRegex(@"\b(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)(?::(?<second>[0-5]\d))?(?:\s*(?<half>[AaPp][Mm]))?\b")]
    private static partial Regex TimePattern();
}
