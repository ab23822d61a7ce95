namespace Intake.Tools.Generator.Receipts;

/// <summary>A till receipt as it was generated: the truth its PDFs are drawn from.</summary>
public sealed record Receipt(
    string Id,
    string Layout,
    string MerchantName,
    IReadOnlyList<string> MerchantAddressLines,
    string? VatId,
    DateTime IssuedAt,
    string Currency,
    IReadOnlyList<ReceiptItem> Items,
    decimal TaxRate,
    bool TaxIncluded,
    Payment Payment)
{
    public decimal ItemsSum => Items.Sum(i => i.Amount);

    /// <summary>Tax included in the prices (Europe: the share of the total) or added to them (United States).</summary>
    public decimal Tax => TaxIncluded
        ? Math.Round(ItemsSum - ItemsSum / (1 + TaxRate / 100), 2, MidpointRounding.AwayFromZero)
        : Math.Round(ItemsSum * TaxRate / 100, 2, MidpointRounding.AwayFromZero);

    public decimal Total => TaxIncluded ? ItemsSum : ItemsSum + Tax;
}

public sealed record ReceiptItem(string Name, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}

/// <summary>Cash handed over (the change follows from the total), or a card shown by its last digits.</summary>
public sealed record Payment(decimal? CashTendered, string? CardLastDigits);
