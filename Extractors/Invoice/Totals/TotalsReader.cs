using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// Reads net, tax, gross and amount due. Every amount on the document is a candidate for each
/// role, weighted by what its label says; the chosen three are the best-weighted set where net +
/// tax = gross, as it must be on an invoice. When no set adds up, the best-labelled amount of
/// each kind is taken, a missing one computed from the others, and a warning given.
/// </summary>
internal static class TotalsReader
{
    /// <summary>Amounts this close count as equal: rounding on a printed invoice stays within a cent.</summary>
    private const decimal Tolerance = 0.011m;

    /// <summary>The totals of <paramref name="content"/>, not looking at lines <paramref name="skip"/> says are the item table's.</summary>
    public static InvoiceTotals Read(DocumentContent content, Func<Page, int, bool>? skip = null)
    {
        var amounts = AmountLabels.Read(content, skip).Where(a => a.Amount.IsMoney).ToList();
        var due = amounts.Where(a => a.Kind == TotalKind.Due).OrderByDescending(a => a.Position).FirstOrDefault();
        var (net, tax, gross, consistent) = BestSet(amounts) is { } set
            ? (set.Net, set.Tax, set.Gross, true)
            : Fallback(amounts);

        var warning = null as string;
        if (!consistent && net is not null && tax is not null && gross is not null)
        {
            warning = $"The totals do not add up: net {net.Value} + tax {tax.Value} ≠ total {gross.Value}.";
        }

        var amountDue = due is not null ? new TotalValue(due.Value, due, 0.85) : gross is null ? null : gross with { Confidence = gross.Confidence * 0.8 };
        return new InvoiceTotals(net, tax, gross, amountDue, consistent, warning);
    }

    private static (TotalValue Net, TotalValue Tax, TotalValue Gross)? BestSet(IReadOnlyList<LabelledAmount> amounts)
    {
        var taxes = amounts.Where(a => a.Kind == TotalKind.Tax).ToList();
        var nets = amounts.Where(a => NetWeight(a.Kind) > 0).ToList();
        var grosses = amounts.Where(a => GrossWeight(a.Kind) > 0).ToList();
        var best = (Score: double.MinValue, Net: (LabelledAmount?)null, Tax: 0m, TaxSource: (LabelledAmount?)null, Gross: (LabelledAmount?)null);

        var taxOptions = taxes.SelectMany(TaxReadings).ToList();

        // Tax broken down by rate ("USt. 7% … 19,25", "USt. 19% … 37,62") with no total line: their sum.
        var perLine = taxes.GroupBy(t => t.Position).Select(g => g.MaxBy(t => t.Amount.Box.Right)!).ToList();
        if (perLine.Count >= 2)
        {
            taxOptions.Add((perLine.Sum(t => t.Value), perLine[^1], 0.3));
        }

        if (taxOptions.Count == 0)
        {
            // Tax-exempt invoices often print no tax line at all: net and gross are then equal.
            taxOptions.Add((0m, null, 0));
        }

        foreach (var (taxValue, taxSource, taxPenalty) in taxOptions)
        {
            foreach (var net in nets)
            {
                foreach (var gross in grosses)
                {
                    // A tax has the sign of the total it is part of: positive on an invoice, negative on a correction.
                    if (ReferenceEquals(net, gross) || Math.Abs(net.Value + taxValue - gross.Value) > Tolerance
                        || (taxValue != 0 && Math.Sign(taxValue) != Math.Sign(gross.Value)))
                    {
                        continue;
                    }

                    var score = NetWeight(net.Kind) + GrossWeight(gross.Kind) + (taxSource is null ? 1.5 : 3) - taxPenalty
                        + (net.Position <= gross.Position ? 0.5 : 0)
                        + (taxSource is not null && net.LineIndex == taxSource.LineIndex && gross.LineIndex == taxSource.LineIndex && net.Page == gross.Page ? 0.3 : 0)
                        ;

                    // Equal evidence: the grand total is at least any partial one (a row per tax rate), and comes last.
                    if (score > best.Score + 1e-9
                        || (Math.Abs(score - best.Score) <= 1e-9 && (Math.Abs(gross.Value), gross.Position).CompareTo((Math.Abs(best.Gross!.Value), best.Gross.Position)) > 0))
                    {
                        best = (score, net, taxValue, taxSource, gross);
                    }
                }
            }
        }

        // A set must rest on at least one real total label, not on numbers that happen to add up.
        if (best.Net is null || best.Gross is null || best.Score < 4)
        {
            return null;
        }

        var confidence = Math.Min(0.95, 0.5 + best.Score / 20);
        return (new TotalValue(best.Net.Value, best.Net, confidence),
            new TotalValue(best.Tax, best.TaxSource, best.TaxSource is null ? confidence * 0.8 : confidence),
            new TotalValue(best.Gross.Value, best.Gross, confidence));
    }

    /// <summary>
    /// A tax as printed, and with the other sign at a cost: parentheses can mean "included", not
    /// negative ("(35,13 €)"), and a minus sign can be wrapped onto the line above its number.
    /// </summary>
    private static IEnumerable<(decimal, LabelledAmount?, double)> TaxReadings(LabelledAmount tax) =>
        tax.Value == 0 ? [(0m, tax, 0)] : [(tax.Value, tax, 0), (-tax.Value, tax, tax.Amount.Parenthesised ? 0 : 0.5)];

    private static (TotalValue? Net, TotalValue? Tax, TotalValue? Gross, bool Consistent) Fallback(IReadOnlyList<LabelledAmount> amounts)
    {
        var gross = Latest(amounts, TotalKind.Gross) ?? Latest(amounts, TotalKind.Total);
        var net = Latest(amounts, TotalKind.Net);
        var taxAmount = Latest(amounts, TotalKind.Tax);
        var tax = taxAmount is null ? null : new TotalValue(taxAmount.Amount.Parenthesised ? Math.Abs(taxAmount.Value) * Math.Sign(gross?.Value ?? 1) : taxAmount.Value, taxAmount, 0.5);
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

        var consistent = netValue is not null && tax is not null && grossValue is not null
            && (Math.Abs(netValue.Value + tax.Value - grossValue.Value) <= Tolerance || AdjustmentsExplain(amounts, net, tax.Value, gross));
        if (consistent && net is not null && gross is not null && taxAmount is not null)
        {
            (netValue, tax, grossValue) = (netValue! with { Confidence = 0.8 }, tax! with { Confidence = 0.8 }, grossValue! with { Confidence = 0.8 });
        }

        return (netValue, tax, grossValue, consistent);
    }

    /// <summary>
    /// Whether the charges and allowances printed between net and gross (shipping, a discount,
    /// rounding) make up the difference: net + tax + adjustments = gross. Allowances are printed
    /// positive as often as negative, so both readings are tried.
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
        return Math.Abs(gap - between.Sum()) <= Tolerance || Math.Abs(gap + between.Sum()) <= Tolerance
            || between.Any(charge => Math.Abs(gap - (between.Sum() - 2 * charge)) <= Tolerance || Math.Abs(gap + (between.Sum() - 2 * charge)) <= Tolerance);
    }

    private static LabelledAmount? Latest(IReadOnlyList<LabelledAmount> amounts, TotalKind kind) =>
        amounts.Where(a => a.Kind == kind).OrderByDescending(a => a.Position).ThenByDescending(a => a.Amount.Box.Right).FirstOrDefault();

    private static double NetWeight(TotalKind kind) => kind switch
    {
        TotalKind.Net => 3,
        TotalKind.LineSum => 1.5,
        TotalKind.Total => 0.5,
        TotalKind.Unknown => 0.3,
        TotalKind.None => 0.2,
        _ => 0,
    };

    private static double GrossWeight(TotalKind kind) => kind switch
    {
        TotalKind.Gross => 3,
        TotalKind.Total => 2,
        TotalKind.Due => 1.5,
        TotalKind.Unknown => 0.5,
        TotalKind.None => 0.2,
        _ => 0,
    };
}
