using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Receipts;

/// <summary>One till's way of printing a receipt; <see cref="HeldOut"/> layouts are kept away from tuning.</summary>
public sealed record ReceiptLayout(
    string Name,
    string Language,
    bool HeldOut,
    ReceiptLabels Labels,
    DateStyle Dates,
    NumberStyle Numbers,
    string Currency,
    decimal TaxRate,
    bool TaxIncluded,
    double CashChance,
    bool TimeBeforeDate = false,
    bool QuantityPrefix = false);

/// <summary>The words a till prints. <c>{0}</c> in <see cref="Tax"/> is the rate.</summary>
public sealed record ReceiptLabels(
    string Subtotal,
    string Tax,
    string Total,
    string Cash,
    string Change,
    string Card,
    string VatId,
    string Receipt,
    string Thanks);
