namespace Intake.Extractors.Parsing;

/// <summary>An amount read from text.</summary>
/// <param name="Value">The amount, negative when written so (−12,50, 12,50-, (12.50), 12.50 DR).</param>
/// <param name="Currency">The ISO 4217 code of a currency written right before or after it, or null.</param>
/// <param name="Span">Where the amount, with its sign and currency, is in the text.</param>
public sealed record ParsedAmount(decimal Value, string? Currency, TextSpan Span);
