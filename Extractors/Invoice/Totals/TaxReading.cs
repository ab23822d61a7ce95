namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// One way to read the tax: a printed amount (as printed, or with the other sign), the sum of a
/// breakdown by rate, or none at all; with how much evidence that reading carries in a set.
/// </summary>
internal sealed record TaxReading(decimal Value, LabelledAmount? Source, double Weight)
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

        // Tax broken down by rate with no total line: their sum. One amount per rate, whether each rate has its line
        // ("USt. 7% … 19,25" over "USt. 19% … 37,62") or its cell of one row ("TVA 2.6 %  TVA 8.1 %" over their values);
        // of amounts sharing a line and label ("USt. 19%  198,00  37,62") the tax is the rightmost.
        var perRate = taxes.GroupBy(t => (t.Position, t.Label)).Select(g => g.MaxBy(t => t.Amount.Box.Right)!).ToList();
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
}
