using System.Text.RegularExpressions;

namespace Intake.Extractors.Parsing;

/// <summary>
/// The ways a currency is written: symbols, ISO 4217 codes (upper case only, so that "try" or
/// "all" in prose are not currencies) and words (any case). One table so that amounts and
/// currency detection agree.
/// </summary>
internal static class CurrencyTokens
{
    private const string BareDollar = "$";
    private const string BareKrone = "kr";
    private const string BareYen = "¥";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["€"] = "EUR", ["£"] = "GBP", ["₹"] = "INR", ["₩"] = "KRW", ["₽"] = "RUB", ["₺"] = "TRY",
        ["US$"] = "USD", ["U$S"] = "USD", ["C$"] = "CAD", ["CA$"] = "CAD", ["A$"] = "AUD", ["AU$"] = "AUD",
        ["S$"] = "SGD", ["NZ$"] = "NZD", ["HK$"] = "HKD", ["R$"] = "BRL", ["RM"] = "MYR",
        ["Fr."] = "CHF", ["SFr."] = "CHF", ["zł"] = "PLN", ["Kč"] = "CZK",
        [BareDollar] = BareDollar, [BareKrone] = BareKrone, ["kr."] = BareKrone, ["Kr"] = BareKrone, ["Kr."] = BareKrone, [BareYen] = BareYen,
    };

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "MYR", "SGD", "CAD", "AUD", "NZD", "HKD", "SEK", "NOK", "DKK",
        "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "INR", "BRL", "ZAR", "MXN", "KRW", "THB", "IDR", "AED", "RUB",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["euro"] = "EUR", ["euros"] = "EUR", ["dollar"] = BareDollar, ["dollars"] = BareDollar,
        ["us dollar"] = "USD", ["us dollars"] = "USD", ["pound sterling"] = "GBP", ["pounds sterling"] = "GBP",
        ["pounds"] = "GBP", ["livres sterling"] = "GBP", ["franken"] = "CHF", ["francs suisses"] = "CHF",
        ["swiss francs"] = "CHF", ["yen"] = BareYen, ["ringgit"] = "MYR", ["zloty"] = "PLN", ["złoty"] = "PLN",
    };

    /// <summary>
    /// Any one token, not glued to letters on either side. Longest first, so "R$" wins over "$"
    /// and "euros" over "euro".
    /// </summary>
    public static string Pattern { get; } =
        @"(?<![\p{L}])(?:" + string.Join('|', Words.Keys.Concat(Codes).Concat(Symbols.Keys)
            .Distinct().OrderByDescending(t => t.Length).Select(Escape)) + @")(?!(?<=\p{L})\p{L})";

    public static Regex Any { get; } = new(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>The ISO code of one token, or null when it is not one (or is a code in the wrong case).</summary>
    public static string? IsoCodeOf(string token, CurrencyHints hints)
    {
        token = Regex.Replace(token.Trim(), @"\s+", " ");
        var meaning = Codes.Contains(token) ? token
            : Symbols.TryGetValue(token, out var symbol) ? symbol
            : Words.TryGetValue(token, out var word) ? word
            : null;
        return meaning switch
        {
            BareDollar => hints.Dollar,
            BareKrone => hints.Krone,
            BareYen => hints.Yen,
            _ => meaning,
        };
    }

    /// <summary>Whether the token names its currency outright (a code, "C$", "euros") rather than by a symbol several currencies share.</summary>
    public static bool IsExplicit(string token) =>
        Codes.Contains(token) || (Symbols.TryGetValue(token, out var s) ? IsExplicitMeaning(s) : Words.TryGetValue(token, out var w) && IsExplicitMeaning(w));

    private static bool IsExplicitMeaning(string meaning) => meaning is not (BareDollar or BareKrone or BareYen);

    private static string Escape(string token) => Regex.Escape(token).Replace(@"\ ", @"\s+");
}
