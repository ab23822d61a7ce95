using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>The merchant's name and address lines as printed at the top of the receipt, and the index of the line after them.</summary>
internal sealed record Merchant(IReadOnlyList<Line> NameLines, IReadOnlyList<Line> AddressLines, int NextLine);
