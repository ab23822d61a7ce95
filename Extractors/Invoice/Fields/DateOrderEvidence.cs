using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// Settles ambiguous numeric dates (03/11/2017) by the document's own dates: one that can only be
/// read month first (11/17/2017) or only day first (17/11/2017) shows how this document writes
/// them all. An explicit order in the hints wins; without evidence either way the hints stand.
/// </summary>
internal static partial class DateOrderEvidence
{
    public static DateHints Settle(DocumentContent content, DateHints hints)
    {
        // An explicit order wins; a language does not settle it ("en" is written both ways), the document's own dates do.
        if (hints.Order is not null)
        {
            return hints;
        }

        var (dayFirst, monthFirst) = (0, 0);
        foreach (Match match in NumericDate().Matches(content.Text))
        {
            var (first, second) = (int.Parse(match.Groups["first"].Value), int.Parse(match.Groups["second"].Value));
            dayFirst += first > 12 && second <= 12 ? 1 : 0;
            monthFirst += second > 12 && first <= 12 ? 1 : 0;
        }

        return (dayFirst, monthFirst) switch
        {
            (0, > 0) => hints with { Order = DateOrder.MonthDayYear },
            (> 0, 0) => hints with { Order = DateOrder.DayMonthYear },
            _ => hints,
        };
    }

    [GeneratedRegex(@"(?<![\d./-])(?<first>\d{1,2})(?<sep>[./-])(?<second>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d./-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
