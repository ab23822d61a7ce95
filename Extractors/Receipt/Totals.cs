namespace Intake.Extractors.Receipts;

/// <summary>The money a receipt states: each value with the line it was read from, null when not found.</summary>
internal sealed record Totals(ReceiptLine? Total, decimal? TotalValue, ReceiptLine? Subtotal, ReceiptLine? Tax, ReceiptLine? Tendered, ReceiptLine? Change, double TotalConfidence);
