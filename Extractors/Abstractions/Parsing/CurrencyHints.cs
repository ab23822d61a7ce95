namespace Intake.Extractors.Parsing;

/// <summary>
/// What bare symbols shared by several currencies mean. By default "$" is USD, "kr" is SEK and
/// "¥" is JPY; a Canadian or Danish extractor says otherwise. Prefixed symbols ("C$", "A$",
/// "US$") and ISO codes are never affected.
/// </summary>
public sealed record CurrencyHints
{
    /// <summary>The defaults: USD, SEK, JPY.</summary>
    public static CurrencyHints Default { get; } = new();

    /// <summary>What a bare "$" means.</summary>
    public string Dollar { get; init; } = "USD";

    /// <summary>What a bare "kr" means (SEK, NOK, DKK, ISK).</summary>
    public string Krone { get; init; } = "SEK";

    /// <summary>What a bare "¥" means (JPY or CNY).</summary>
    public string Yen { get; init; } = "JPY";
}
