namespace Intake.Extractors.Parsing;

/// <summary>
/// Reads currencies as ISO 4217 codes from symbols (€, $, £, ¥, R$, RM, zł, kr, Fr.), codes (EUR,
/// CHF, MYR …) and words (euros, Dollar). A bare "$", "kr" or "¥" means what
/// <see cref="CurrencyHints"/> says: USD, SEK and JPY unless told otherwise.
/// </summary>
public static class CurrencyParser
{
    private static readonly string[] DollarCurrencies = ["USD", "CAD", "AUD", "NZD", "SGD", "HKD"];
    private static readonly string[] KroneCurrencies = ["SEK", "NOK", "DKK", "ISK"];
    private static readonly string[] YenCurrencies = ["JPY", "CNY"];

    /// <summary>Reads <paramref name="text"/> (trimmed) as exactly one currency, with the default hints.</summary>
    public static bool TryParse(string text, out string isoCode) => TryParse(text, CurrencyHints.Default, out isoCode);

    /// <summary>Reads <paramref name="text"/> (trimmed) as exactly one currency; a lone three-letter code may be in any case.</summary>
    public static bool TryParse(string text, CurrencyHints hints, out string isoCode)
    {
        var trimmed = text.Trim();

        // Alone, a lower-case "eur" can only mean the currency; in prose codes must be upper case.
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetter))
        {
            trimmed = trimmed.ToUpperInvariant();
        }

        var match = CurrencyTokens.Any.Match(trimmed);
        isoCode = (match.Success && match.Length == trimmed.Length ? CurrencyTokens.IsoCodeOf(match.Value, hints) : null) ?? "";
        return isoCode.Length > 0;
    }

    /// <summary>
    /// The currency a text most likely uses: the one mentioned most often, the first mentioned on
    /// a tie, or null when none is. A bare "$" counts for the dollar the text names outright
    /// ("CAD", "C$") if it names one, and likewise "kr" and "¥"; otherwise the hints decide.
    /// </summary>
    public static string? Detect(string text, CurrencyHints? hints = null)
    {
        var tokens = CurrencyTokens.Any.Matches(text).Select(m => m.Value).ToList();
        var named = tokens.Where(CurrencyTokens.IsExplicit).Select(t => CurrencyTokens.IsoCodeOf(t, CurrencyHints.Default)).OfType<string>().ToList();
        var defaults = hints ?? CurrencyHints.Default;
        var settled = defaults with
        {
            Dollar = MostNamed(named, DollarCurrencies) ?? defaults.Dollar,
            Krone = MostNamed(named, KroneCurrencies) ?? defaults.Krone,
            Yen = MostNamed(named, YenCurrencies) ?? defaults.Yen,
        };

        return tokens
            .Select(t => CurrencyTokens.IsoCodeOf(t, settled))
            .OfType<string>()
            .Select((code, order) => (code, order))
            .GroupBy(c => c.code)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(c => c.order))
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    private static string? MostNamed(List<string> named, string[] family) =>
        named.Where(family.Contains).GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
