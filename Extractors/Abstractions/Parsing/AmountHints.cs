namespace Intake.Extractors.Parsing;

/// <summary>What an extractor knows that settles how to read an amount.</summary>
public sealed record AmountHints
{
    /// <summary>No hints: a lone separator before exactly three digits is thousands grouping.</summary>
    public static AmountHints None { get; } = new();

    /// <summary>
    /// The document's decimal separator ('.' or ','), when known. It only matters for a lone
    /// separator before exactly three digits: with it, "1,234" under ',' is 1.234, not 1234.
    /// </summary>
    public char? DecimalSeparator { get; init; }

    /// <summary>What bare "$", "kr" and "¥" next to an amount mean.</summary>
    public CurrencyHints Currency { get; init; } = CurrencyHints.Default;
}
