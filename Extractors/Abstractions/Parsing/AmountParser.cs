using System.Text.RegularExpressions;

namespace Intake.Extractors.Parsing;

/// <summary>
/// Reads money amounts as they are printed in English, German and French documents: with
/// grouping by '.', ',', spaces (also no-break and narrow no-break) or apostrophes; negative
/// as -12.50, −12,50 (Unicode minus), 12,50-, (12.50) or 12.50 DR (CR is a credit and stays
/// positive); with a currency symbol, code or word before or after. Spaces and apostrophes
/// always group; with both '.' and ',' the last is the decimal mark; a repeated mark groups; a
/// lone mark is decimal unless exactly three digits follow it (1.234 and 1,234 are 1234, since
/// invoices show cents far more often than tenths of a cent), which
/// <see cref="AmountHints.DecimalSeparator"/> can overrule.
/// Percentages, dates, times, IBANs and phone numbers are not amounts.
/// </summary>
public static class AmountParser
{
    /// <summary>Reads <paramref name="text"/> (trimmed) as exactly one amount, with no hints.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        var found = TryParse(text, AmountHints.None, out var amount);
        value = found ? amount.Value : 0;
        return found;
    }

    /// <summary>
    /// Reads <paramref name="text"/> (trimmed) as exactly one amount, with its currency. Spaces
    /// OCR put around a decimal mark before two final digits ("1 234 , 56") are forgiven here,
    /// where the whole text is known to be one value, but not by <see cref="FindAll(string)"/>.
    /// </summary>
    public static bool TryParse(string text, AmountHints hints, out ParsedAmount amount)
    {
        amount = null!;
        var trimmed = AmountPatterns.SpacedDecimalMark.Replace(text.Trim(), "$1");
        var match = AmountPatterns.Whole.Match(trimmed);
        if (!match.Success || Read(match, hints) is not { } read)
        {
            return false;
        }

        amount = read with { Span = new TextSpan(text.Length - text.TrimStart().Length, text.Trim().Length) };
        return true;
    }

    /// <summary>Every amount in <paramref name="text"/>, in order, with no hints.</summary>
    public static IReadOnlyList<ParsedAmount> FindAll(string text) => FindAll(text, AmountHints.None);

    /// <summary>Every amount in <paramref name="text"/>, in order, skipping numbers that belong to dates, times, IBANs and phone numbers.</summary>
    public static IReadOnlyList<ParsedAmount> FindAll(string text, AmountHints hints)
    {
        var masked = DateParser.FindAll(text, DateHints.None).Select(d => d.Span)
            .Concat(AmountPatterns.NotAmounts.SelectMany(p => p.Matches(text)).Select(m => new TextSpan(m.Index, m.Length)))
            .ToList();

        return AmountPatterns.Anywhere.Matches(text)
            .Select(m => Read(m, hints))
            .OfType<ParsedAmount>()
            .Where(a => !masked.Any(a.Span.Overlaps))
            .ToList();
    }

    private static ParsedAmount? Read(Match match, AmountHints hints)
    {
        if (AmountNumber.Read(match.Groups["number"].Value, hints) is not { } value)
        {
            return null;
        }

        var before = match.Groups["before"];
        var after = match.Groups["after"];
        var currency = CurrencyOf(before, hints) ?? CurrencyOf(after, hints);
        if ((before.Success && CurrencyOf(before, hints) is null) || (after.Success && CurrencyOf(after, hints) is null))
        {
            // A lower-case "eur" or "rm" matched the pattern but is not a currency: the number alone is the amount.
            return new ParsedAmount(value, null, new TextSpan(match.Groups["number"].Index, match.Groups["number"].Length));
        }

        var parenthesised = match.Groups["open"].Success && match.Groups["close"].Success;
        var negative = parenthesised || match.Groups["lead"].Success || match.Groups["lead2"].Success
            || match.Groups["trail"].Success || match.Groups["trail2"].Success
            || string.Equals(match.Groups["credit"].Value, "DR", StringComparison.OrdinalIgnoreCase);

        return new ParsedAmount(negative ? -value : value, currency, SpanOf(match, parenthesised));
    }

    private static string? CurrencyOf(Group group, AmountHints hints) =>
        group.Success ? CurrencyTokens.IsoCodeOf(group.Value, hints.Currency) : null;

    /// <summary>The match without a lone parenthesis: "(see 12.50)" gives "12.50", not "12.50)".</summary>
    private static TextSpan SpanOf(Match match, bool parenthesised)
    {
        var groups = new[] { "open", "lead", "before", "lead2", "number", "trail", "after", "trail2", "close", "credit" }
            .Select(name => match.Groups[name])
            .Where(g => g.Success && (parenthesised || (g.Name != "open" && g.Name != "close")))
            .ToList();
        return TextSpan.Between(groups.Min(g => g.Index), groups.Max(g => g.Index + g.Length));
    }
}
