using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>One bought item: what, how many, at what price, for how much; and where it was printed.</summary>
internal sealed record ReceiptItem(string Description, decimal? Quantity, OcrAmount? UnitPrice, OcrAmount Amount, Page Page, BoundingBox Box, double Confidence);
