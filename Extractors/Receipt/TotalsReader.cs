using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Extractors.Receipts;

/// <summary>
/// Settles a receipt's total by votes, because OCR garbles some of the amounts and tills print
/// several totals (before and after rounding, with and without tax, in a tax summary). Every
/// amount on a total line is a candidate, weighted by its label; the arithmetic votes too: cash
/// tendered less change given, subtotal plus tax (plus rounding), a total plus its rounding, and,
/// as confirmation, the tax at its printed rate and the sum of the items.
/// </summary>
internal static partial class TotalsReader
{
    private const double FinalLabelVote = 3;
    private const double TotalLabelVote = 2;
    private const double CashLessChangeVote = 2.5;
    private const double ExactTenderVote = 0.75;
    private const double SubtotalPlusTaxVote = 1.5;
    private const double RoundingVote = 1.5;
    private const double ItemsSumVote = 1;
    private const double RepeatVote = 0.5;
    private const double LowestTotalVote = 0.25;
    private const double TaxRateVote = 1;
    private const double TrailerWeight = 0.3;

    public static Totals Read(IReadOnlyList<ReceiptLine> lines, IReadOnlyList<ReceiptItem> items)
    {
        // After the change is given or a tax summary starts, totals repeat figures of the summary's table.
        var trailer = lines.FirstOrDefault(l => (l.Role == LineRole.Change && l.Value is not null) || Keywords.Any(l.LabelTokens, ReceiptVocabulary.SummaryHeadings))?.Index ?? lines.Count;
        var body = lines.Where(l => l.Index <= trailer).ToList();
        var subtotal = Last(body, LineRole.Subtotal);
        var tax = body.FirstOrDefault(l => l.Role == LineRole.Tax && l.Value is { ImpliedDecimals: false } && !Keywords.Any(l.LabelTokens, ReceiptVocabulary.Registration));
        var rounding = Last(body, LineRole.Rounding);
        var tendered = Last(body, LineRole.Tendered);
        var change = Last(body, LineRole.Change);

        var votes = new TotalVotes();
        var printed = lines.Where(l => l.Role is LineRole.FinalTotal or LineRole.Total && l.Value is not null).ToList();
        foreach (var line in printed)
        {
            var amount = line.Value!;

            // A total row with several amounts sums a table's columns, rarely the amount paid.
            var weight = (line.Role == LineRole.FinalTotal ? FinalLabelVote : TotalLabelVote)
                * (amount.ImpliedDecimals ? 0.4 : amount.Repaired ? 0.8 : 1)
                * (line.Amounts.Count > 1 || line.Index > trailer ? TrailerWeight : 1);
            votes.Add(amount.Value, votes.IsPrinted(amount.Value) ? RepeatVote + weight / 2 : weight, line);
        }

        // "Total 9.03, Rounding -0.03": the total paid is the last total above the rounding, rounded.
        if (rounding?.Value is { } adjustment && printed.LastOrDefault(l => l.Index < rounding.Index && l.Value is { ImpliedDecimals: false }) is { } beforeRounding)
        {
            votes.Add(beforeRounding.Value!.Value + adjustment.Value, RoundingVote);
        }

        // "CASH  CHANGE  40.00  7.30": both on one line.
        var handedOver = tendered?.Value ?? (change?.Amounts.Count == 2 ? change.Amounts[0] : null);
        if (handedOver is { } cash && change?.Value is { } given && given.Value >= 0 && cash.Value > given.Value)
        {
            votes.Add(cash.Value - given.Value, CashLessChangeVote);
        }

        if (subtotal?.Value is { } net)
        {
            var withTax = net.Value + (tax?.Value?.Value ?? 0);
            votes.Add(rounding?.Value is { Value: not 0 } roundedBy ? withTax + roundedBy.Value : withTax, SubtotalPlusTaxVote);
        }

        if (tendered?.Value is { } exact && (change?.Value is null || change.Value.Value == 0))
        {
            votes.Add(exact.Value, ExactTenderVote, tendered);
        }

        // Of totals printed one under another, the last is the one paid.
        if (body.LastOrDefault(l => l.Role is LineRole.FinalTotal or LineRole.Total && l.Value is { ImpliedDecimals: false } && l.Amounts.Count == 1) is { } lowest)
        {
            votes.Add(lowest.Value!.Value, LowestTotalVote);
        }

        if (TaxRate(tax) is { } rate && tax?.Value is { Value: > 0 } taxed)
        {
            // A tax t at rate r belongs to a gross total of t × (1 + r) / r, give or take the tax's and the total's rounding.
            var implied = taxed.Value * (1 + rate) / rate;
            var tolerance = 0.01m * (1 + rate) / rate + 0.05m;
            foreach (var candidate in votes.Values.Where(v => Math.Abs(v - implied) <= tolerance).ToList())
            {
                votes.Add(candidate, TaxRateVote);
            }
        }

        // The items confirm a total; alone they may miss a line, so they decide only when nothing else can.
        if (items.Count > 0 && items.Sum(i => i.Amount.Value) is var sum and > 0 && (votes.Contains(sum) || votes.Values.Count == 0))
        {
            votes.Add(sum, ItemsSumVote);
        }

        if (votes.Best() is not { } best)
        {
            return new Totals(null, null, subtotal, tax, tendered, change, 0);
        }

        var confidence = Math.Clamp(best.Votes / (FinalLabelVote + CashLessChangeVote), 0.2, 1) * (best.Source?.Value?.Confidence ?? 0.7);
        return new Totals(best.Source, best.Value, subtotal, tax, tendered, change, confidence);
    }

    /// <summary>The rate printed on the tax line ("GST 6%", "MwSt 19 %"), as a fraction; null when none is printed.</summary>
    private static decimal? TaxRate(ReceiptLine? tax)
    {
        var match = tax is null ? null : Percentage().Match(tax.Line.Text);
        return match is { Success: true } && decimal.TryParse(match.Groups["rate"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and < 50
            ? percent / 100
            : null;
    }

    private static ReceiptLine? Last(IReadOnlyList<ReceiptLine> lines, LineRole role) =>
        lines.LastOrDefault(l => l.Role == role && l.Value is not null);

    [GeneratedRegex(@"(?<rate>\d{1,2}(?:[.,]\d{1,2})?)\s*%")]
    private static partial Regex Percentage();
}
