namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// When no net + tax = gross set is found: the last-printed amount labelled as each kind, a
/// missing one computed from the other two, and a check whether charges and allowances printed
/// between net and gross (shipping, a discount, rounding) make up the difference.
/// </summary>
internal static class TotalsFallback
{
    public static (TotalValue? Net, TotalValue? Tax, TotalValue? Gross, bool Consistent) Read(IReadOnlyList<LabelledAmount> amounts)
    {
        var gross = Latest(amounts, TotalKind.Gross) ?? Latest(amounts, TotalKind.Total);
        var net = Latest(amounts, TotalKind.Net);
        var taxAmount = Latest(amounts, TotalKind.Tax);

        // A tax in parentheses is included in the total, with the total's sign.
        var tax = taxAmount is null ? null
            : new TotalValue(taxAmount.Amount.Parenthesised ? Math.Abs(taxAmount.Value) * Math.Sign(gross?.Value ?? 1) : taxAmount.Value, taxAmount, 0.5);
        var grossValue = gross is null ? null : new TotalValue(gross.Value, gross, 0.6);
        var netValue = net is null ? null : new TotalValue(net.Value, net, 0.5);

        if (grossValue is not null && tax is not null && netValue is null)
        {
            netValue = new TotalValue(grossValue.Value - tax.Value, null, 0.45);
        }
        else if (grossValue is not null && netValue is not null && tax is null)
        {
            tax = new TotalValue(grossValue.Value - netValue.Value, null, 0.4);
        }
        else if (grossValue is null && netValue is not null && tax is not null)
        {
            grossValue = new TotalValue(netValue.Value + tax.Value, null, 0.4);
        }

        if (netValue is null || tax is null || grossValue is null)
        {
            return (netValue, tax, grossValue, false);
        }

        var consistent = Math.Abs(netValue.Value + tax.Value - grossValue.Value) <= TotalsReader.Tolerance || AdjustmentsExplain(amounts, net, tax.Value, gross);
        return consistent && net is not null && gross is not null && taxAmount is not null
            ? (netValue with { Confidence = 0.8 }, tax with { Confidence = 0.8 }, grossValue with { Confidence = 0.8 }, true)
            : (netValue, tax, grossValue, consistent);
    }

    /// <summary>
    /// Whether the charges and allowances printed between net and gross make up the difference:
    /// net + tax + adjustments = gross. Allowances are printed positive as often as negative, so
    /// each is tried both ways.
    /// </summary>
    private static bool AdjustmentsExplain(IReadOnlyList<LabelledAmount> amounts, LabelledAmount? net, decimal tax, LabelledAmount? gross)
    {
        if (net is null || gross is null)
        {
            return false;
        }

        var between = amounts.Where(a => a.Kind == TotalKind.Adjustment && a.Position > net.Position && a.Position < gross.Position).Select(a => a.Value).ToList();
        if (between.Count == 0)
        {
            return false;
        }

        var gap = gross.Value - net.Value - tax;
        var sum = between.Sum();
        return Close(gap, sum) || Close(gap, -sum) || between.Any(allowance => Close(gap, sum - 2 * allowance));
    }

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= TotalsReader.Tolerance;

    private static LabelledAmount? Latest(IReadOnlyList<LabelledAmount> amounts, TotalKind kind) =>
        amounts.Where(a => a.Kind == kind).OrderByDescending(a => a.Position).ThenByDescending(a => a.Amount.Box.Right).FirstOrDefault();
}
