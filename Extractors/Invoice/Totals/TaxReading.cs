using System.Text.RegularExpressions;

namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// One way to read the tax: a printed amount (as printed, or with the other sign), the sum of a
/// breakdown by rate, or none at all; with how much evidence that reading carries in a set.
/// </summary>
internal sealed partial record TaxReading(decimal Value, LabelledAmount? Source, double Weight)
{
    private const double Printed = 3;

    /// <summary>A minus sign wrapped onto the line above its number is rarer than one in place.</summary>
    private const double SignFlipped = 2.5;

    private const double SumOfRates = 2.7;

    /// <summary>No tax line: tax-exempt invoices often print none, and net and gross are then equal.</summary>
    private const double Absent = 1.5;

    public bool IsPrinted => Source is not null && Weight > Absent;

    /// <summary>Every reading the document's tax amounts allow.</summary>
    public static IReadOnlyList<TaxReading> All(IReadOnlyList<LabelledAmount> taxes)
    {
        // Parentheses can mean "included", not negative ("(35,13 €)"), so they read both ways at no cost.
        var readings = taxes.SelectMany(t => t.Value == 0
            ? [new TaxReading(0, t, Printed)]
            : new[] { new TaxReading(t.Value, t, Printed), new TaxReading(-t.Value, t, t.Amount.Parenthesised ? Printed : SignFlipped) }).ToList();

        // Tax broken down by rate with no total line: their sum, one amount per rate.
        var perRate = taxes.GroupBy(t => t.Position).SelectMany(PerRate).ToList();
        if (perRate.Count >= 2)
        {
            readings.Add(new TaxReading(perRate.Sum(t => t.Value), null, SumOfRates));
        }

        if (readings.Count == 0)
        {
            readings.Add(new TaxReading(0, null, Absent));
        }

        return readings;
    }

    /// <summary>
    /// A line's tax amount per rate. Most lines hold one rate ("USt. 19%  198,00  37,62": the tax is the rightmost,
    /// the base stands before it); a row of cells holds several only when every label names its own rate
    /// ("TVA 2.6 %  TVA 8.1 %" over their values). A label without a rate ("Base TVA … Montant TVA") keeps the line whole.
    /// </summary>
    private static IEnumerable<LabelledAmount> PerRate(IEnumerable<LabelledAmount> line)
    {
        var rated = line.Select(a => (Amount: a, Rate: RateIn(a.Label))).ToList();
        return rated.All(r => r.Rate is not null) && rated.Select(r => r.Rate).Distinct().Count() >= 2
            ? rated.GroupBy(r => r.Rate, r => r.Amount).Select(Rightmost)
            : [Rightmost(rated.Select(r => r.Amount))];
    }

    private static LabelledAmount Rightmost(IEnumerable<LabelledAmount> amounts) => amounts.MaxBy(a => a.Amount.Box.Right)!;

    /// <summary>"TVA 8,1 %" → "8.1"; null without a percentage.</summary>
    private static string? RateIn(string label) => Percentage().Match(label) is { Success: true } match ? match.Groups[1].Value.Replace(',', '.') : null;

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();
}
