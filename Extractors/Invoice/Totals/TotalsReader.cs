using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// Reads net, tax, gross and amount due. Every amount on the document is a candidate for each
/// role, weighted by what its label says; the chosen three are the best-weighted set where net +
/// tax = gross, as it must be on an invoice. When no set adds up, <see cref="TotalsFallback"/>
/// takes the best-labelled amount of each kind.
/// </summary>
internal static class TotalsReader
{
    /// <summary>Amounts this close count as equal: rounding on a printed invoice stays within a cent.</summary>
    public const decimal Tolerance = 0.011m;

    /// <summary>A set must rest on real total labels, not on numbers that happen to add up: at least this much weight.</summary>
    private const double MinimumWeight = 4;

    /// <summary>Net printed above gross, as totals blocks are.</summary>
    private const double InOrder = 0.5;

    /// <summary>Net, tax and gross in one row of a totals table.</summary>
    private const double OneRow = 0.3;

    /// <summary>The totals of <paramref name="content"/>, not looking at lines <paramref name="skip"/> says are the item table's.</summary>
    public static InvoiceTotals Read(DocumentContent content, Func<Page, int, bool>? skip = null)
    {
        var amounts = AmountLabels.Read(content, skip).Where(a => a.Amount.IsMoney).ToList();
        var (net, tax, gross, consistent) = BestSet(amounts) is { } set ? (set.Net, set.Tax, set.Gross, true) : TotalsFallback.Read(amounts);

        var warning = !consistent && net is not null && tax is not null && gross is not null
            ? $"The totals do not add up: net {net.Value} + tax {tax.Value} ≠ total {gross.Value}."
            : null;

        var due = amounts.Where(a => a.Kind == TotalKind.Due).MaxBy(a => a.Position);
        var amountDue = due is not null ? new TotalValue(due.Value, due, 0.85) : gross is null ? null : gross with { Confidence = gross.Confidence * 0.8 };
        return new InvoiceTotals(net, tax, gross, amountDue, consistent, warning);
    }

    private static (TotalValue Net, TotalValue Tax, TotalValue Gross)? BestSet(IReadOnlyList<LabelledAmount> amounts)
    {
        var nets = amounts.Where(a => NetWeight(a.Kind) > 0).ToList();
        var grosses = amounts.Where(a => GrossWeight(a.Kind) > 0).ToList();
        (double Weight, LabelledAmount Net, TaxReading Tax, LabelledAmount Gross)? best = null;
        foreach (var tax in TaxReading.All(amounts.Where(a => a.Kind == TotalKind.Tax).ToList()))
        {
            foreach (var net in nets)
            {
                foreach (var gross in grosses)
                {
                    // A tax has the sign of the total it is part of: positive on an invoice, negative on a correction.
                    if (ReferenceEquals(net, gross) || Math.Abs(net.Value + tax.Value - gross.Value) > Tolerance
                        || (tax.Value != 0 && Math.Sign(tax.Value) != Math.Sign(gross.Value)))
                    {
                        continue;
                    }

                    var weight = NetWeight(net.Kind) + GrossWeight(gross.Kind) + tax.Weight
                        + (net.Position <= gross.Position ? InOrder : 0)
                        + (tax.Source is { } source && net.Position == source.Position && gross.Position == source.Position ? OneRow : 0);

                    // Equal evidence: the grand total is at least any partial one (a row per tax rate), and comes last.
                    if (best is not { } current || weight > current.Weight + 1e-9
                        || (Math.Abs(weight - current.Weight) <= 1e-9 && (Math.Abs(gross.Value), gross.Position).CompareTo((Math.Abs(current.Gross.Value), current.Gross.Position)) > 0))
                    {
                        best = (weight, net, tax, gross);
                    }
                }
            }
        }

        if (best is not { } chosen || chosen.Weight < MinimumWeight)
        {
            return null;
        }

        var confidence = Math.Min(0.95, 0.5 + chosen.Weight / 20);
        return (new TotalValue(chosen.Net.Value, chosen.Net, confidence),
            new TotalValue(chosen.Tax.Value, chosen.Tax.Source, chosen.Tax.IsPrinted ? confidence : confidence * 0.8),
            new TotalValue(chosen.Gross.Value, chosen.Gross, confidence));
    }

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
