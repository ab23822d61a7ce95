using System.Text.RegularExpressions;

namespace Intake.Extractors.Parsing;

/// <summary>
/// The shape of an amount: an optional sign, currency and parentheses around a number whose
/// thousands groups are exactly three digits; and the shapes of things that look numeric but
/// are not amounts (IBANs, phone numbers, times), masked before amounts are searched for.
/// </summary>
internal static class AmountPatterns
{
    private const string Space = "[ \u00A0\u202F]";
    private const string Minus = "[-\u2212]";

    private static readonly string Number =
        $@"(?<number>\d{{1,3}}(?:(?<group>[.,'’])\d{{3}}(?:\k<group>\d{{3}})*|(?:{Space}\d{{3}})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)";

    private static readonly string Amount =
        @"(?<![\p{L}\p{N}.,'’+/_\-\u2212])" +
        $@"(?<open>\()?(?<lead>{Minus})?{Space}?(?:(?<before>{CurrencyTokens.Pattern}){Space}?)?(?<lead2>{Minus})?{Space}?" +
        Number +
        $@"(?<trail>-(?!\d))?(?:{Space}?(?<after>{CurrencyTokens.Pattern}))?(?<trail2>-(?!\d))?(?<close>\))?" +
        $@"(?:{Space}?(?<credit>CR|DR)(?!\p{{L}}))?" +
        $@"(?![\p{{L}}\p{{N}}%]|[.,]\d|{Space}%|{Minus}\d|/\d|:\d)";

    /// <summary>Amounts anywhere in a text.</summary>
    public static Regex Anywhere { get; } = new(Amount, RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A text that is exactly one amount.</summary>
    public static Regex Whole { get; } = new($"^(?:{Amount})$", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>OCR's spaces around a decimal mark before two final digits ("1 234 , 56").</summary>
    public static Regex SpacedDecimalMark { get; } = new($@"(?<=\d){Space}*([.,]){Space}*(?=\d{{2}}(?!\d))", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Numbers that are not amounts.</summary>
    public static IReadOnlyList<Regex> NotAmounts { get; } =
    [
        new(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new(@"(?:\+|\b00)\d{1,3}(?:[ \-/.]?(?:\(0\)|\d)){6,}", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new(@"(?<![\d.,])0\d{1,4}[ \-/]\d{4,}(?:[ \-]\d{2,})*", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new(@"(?i:tel|phone|fax|telefon|t[ée]l[ée]phone|t[ée]l|mobile?|handy)\.?\s*:?\s*\+?[\d][\d \-/().]{5,}\d", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new(@"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)", RegexOptions.CultureInvariant | RegexOptions.Compiled),
    ];
}
