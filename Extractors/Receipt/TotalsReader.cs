namespace Intake.Extractors.Receipts;

/// <summary>
/// Settles a receipt's total by votes, because OCR garbles some of the amounts and tills print
/// several totals (before and after rounding, with and without tax). Every amount on a total
/// line is a candidate, weighted by its label; the amounts that agree with it vote too: cash
/// tendered less change given, subtotal plus tax, a total plus its rounding, the sum of the items.
/// The candidate with most votes wins.
/// </summary>
internal static class TotalsReader
{
    private const double FinalLabelVote = 3;
    private const double TotalLabelVote = 2;
    private const double CashLessChangeVote = 2.5;
    private const double ExactTenderVote = 0.75;
    private const double SubtotalPlusTaxVote = 1.5;
    private const double RoundingVote = 1.5;
    private const double ItemsSumVote = 1;
    private const double RepeatVote = 0.5;

    public static Totals Read(IReadOnlyList<ReceiptLine> lines, IReadOnlyList<ReceiptItem> items)
    {
        var subtotal = Last(lines, LineRole.Subtotal);
        var tax = TaxLine(lines);
        var rounding = Last(lines, LineRole.Rounding);
        var tendered = Last(lines, LineRole.Tendered);
        var change = Last(lines, LineRole.Change);

        var votes = new Dictionary<decimal, double>();
        var sources = new Dictionary<decimal, ReceiptLine>();
        void Vote(decimal value, double weight, ReceiptLine? source = null)
        {
            if (value <= 0)
            {
                return;
            }

            votes[value] = votes.GetValueOrDefault(value) + weight;
            if (source is not null && (!sources.TryGetValue(value, out var known) || Strength(source) > Strength(known)))
            {
                sources[value] = source;
            }
        }

        foreach (var line in lines.Where(l => l.Role is LineRole.FinalTotal or LineRole.Total && l.Value is not null))
        {
            var amount = line.Value!;
            var weight = (line.Role == LineRole.FinalTotal ? FinalLabelVote : TotalLabelVote) * (amount.ImpliedDecimals ? 0.4 : amount.Repaired ? 0.8 : 1);
            Vote(amount.Value, sources.ContainsKey(amount.Value) ? RepeatVote + weight / 2 : weight, line);
            if (rounding?.Value is { } adjustment && adjustment.Value != 0)
            {
                Vote(amount.Value + adjustment.Value, RoundingVote);
                Vote(amount.Value - adjustment.Value, RoundingVote / 3);
            }
        }

        if (tendered?.Value is { } cash && change?.Value is { } given && given.Value >= 0 && cash.Value > given.Value)
        {
            Vote(cash.Value - given.Value, CashLessChangeVote);
        }
        else if (tendered?.Value is { } exact && change is null)
        {
            Vote(exact.Value, ExactTenderVote, tendered);
        }

        if (subtotal?.Value is { } net)
        {
            var withTax = net.Value + (tax?.Value?.Value ?? 0);
            Vote(withTax, SubtotalPlusTaxVote);
            if (rounding?.Value is { } adjustment)
            {
                Vote(withTax + adjustment.Value, RoundingVote);
            }
        }

        if (items.Count > 0 && items.Sum(i => i.Amount.Value) is var sum and > 0)
        {
            Vote(sum, ItemsSumVote);
        }

        if (votes.Count == 0)
        {
            return new Totals(null, null, subtotal, tax, tendered, change, 0);
        }

        var (value, score) = votes.OrderByDescending(v => v.Value).ThenByDescending(v => sources.ContainsKey(v.Key)).First();
        var source = sources.GetValueOrDefault(value);
        var confidence = Math.Clamp(score / (FinalLabelVote + CashLessChangeVote), 0.2, 1) * (source?.Value?.Confidence ?? 0.7);
        return new Totals(source, value, subtotal, tax, tendered, change, confidence);
    }

    private static double Strength(ReceiptLine line) => line.Role switch
    {
        LineRole.FinalTotal => 3,
        LineRole.Total => 2,
        _ => 1,
    };

    private static ReceiptLine? Last(IReadOnlyList<ReceiptLine> lines, LineRole role) =>
        lines.LastOrDefault(l => l.Role == role && l.Value is not null);

    /// <summary>The first tax line with an amount: tax summaries further down repeat it by rate.</summary>
    private static ReceiptLine? TaxLine(IReadOnlyList<ReceiptLine> lines) =>
        lines.FirstOrDefault(l => l.Role == LineRole.Tax && l.Value is not null);
}
