using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace UtilityBill;

/// <summary>The metered consumption: the largest quantity printed with kWh or m³.</summary>
internal static partial class Consumption
{
    public static (ExtractedField Value, string Unit)? Find(DocumentContent content)
    {
        (ExtractedField Value, string Unit)? best = null;
        foreach (var (page, line) in content.Lines)
        {
            foreach (Match match in Quantity().Matches(line.Text))
            {
                if (!AmountParser.TryParse(match.Groups["number"].Value, out var value))
                {
                    continue;
                }

                var unit = match.Groups["unit"].Value.ToLowerInvariant() is "kwh" ? "kWh" : "m³";
                if (best is null || value > (decimal)best.Value.Value.Value!)
                {
                    best = (ExtractedField.Number(value, line.Confidence * 0.8, page.Number, line.Box), unit);
                }
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?<number>\d[\d.,' ]*\d|\d)\s*(?<unit>kWh|m³|m3)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
