using System.Globalization;

namespace Intake.Extractors.Parsing;

/// <summary>
/// Decides which separators in a number group thousands and which one marks decimals.
/// Spaces and apostrophes always group. With both '.' and ',' present, the last one is the
/// decimal mark. A '.' or ',' occurring more than once groups. A lone '.' or ',' is decimal
/// unless exactly three digits follow it and nothing else groups: then it groups (1.234 and
/// 1,234 are both 1234), except before a leading zero (0,125) or when the hints name it the
/// decimal separator. Invoices show cents far more often than tenths of a cent, which makes
/// this the safer guess.
/// </summary>
internal static class AmountNumber
{
    private static readonly char[] GroupingOnly = [' ', '\u00A0', '\u202F', '\'', '’'];
    private static readonly char[] Marks = ['.', ','];

    public static decimal? Read(string number, AmountHints hints)
    {
        var spaced = number.IndexOfAny(GroupingOnly) >= 0;
        var marks = number.Select((c, i) => (c, i)).Where(m => Marks.Contains(m.c)).ToList();
        var decimalAt = -1;
        if (marks.Count > 0)
        {
            var (last, lastAt) = marks[^1];
            var kinds = marks.Select(m => m.c).Distinct().Count();
            if (kinds == 2 && marks.Count(m => m.c == last) > 1)
            {
                return null;
            }

            var digitsAfter = number.Length - lastAt - 1;
            var lone = marks.Count == 1;
            var leadingZero = number[..lastAt] == "0";
            var isDecimal = kinds == 2 || (lone && (spaced || digitsAfter != 3 || leadingZero || hints.DecimalSeparator == last));
            decimalAt = isDecimal ? lastAt : -1;
        }

        var whole = decimalAt < 0 ? number : number[..decimalAt];
        var groups = whole.Split([.. GroupingOnly, .. Marks]);
        var wellGrouped = groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups[0][0] != '0' && groups.Skip(1).All(g => g.Length == 3));
        if (!wellGrouped)
        {
            return null;
        }

        var digits = new string(whole.Where(char.IsAsciiDigit).ToArray());
        var fraction = decimalAt < 0 ? "" : "." + number[(decimalAt + 1)..];
        return decimal.TryParse(digits + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
