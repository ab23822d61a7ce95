namespace Intake.Tools.Generator.Receipts;

/// <summary>Invents a receipt for a layout: a shop of its language, one to nine items, paid in cash or by card.</summary>
public static class ReceiptFactory
{
    private const int MaxItems = 9;

    public static Receipt Create(string id, ReceiptLayout layout, Random random)
    {
        var merchants = ReceiptVocabulary.Merchants(layout.Language);
        var (name, address) = merchants[random.Next(merchants.Length)];
        var items = ReceiptVocabulary.Goods(layout.Language).OrderBy(_ => random.Next()).Take(1 + random.Next(MaxItems))
            .Select(g => new ReceiptItem(g.Name, random.NextDouble() < 0.25 ? 2 + random.Next(3) : 1, g.Price))
            .ToList();
        var issuedAt = new DateTime(2025, 1, 1, 7, 0, 0, DateTimeKind.Unspecified)
            .AddDays(random.Next(540)).AddMinutes(random.Next(13 * 60));
        var receipt = new Receipt(id, layout.Name, name, address,
            layout.Labels.VatId.Length > 0 ? $"{random.Next(100, 999)}/{random.Next(100, 999)}/{random.Next(10000, 99999)}" : null,
            issuedAt, layout.Currency, items, layout.TaxRate, layout.TaxIncluded, new Payment(null, random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (random.NextDouble() < layout.CashChance)
        {
            // Handed over as a customer would: the next note or round sum above the total.
            decimal[] notes = [5, 10, 20, 50, 100];
            var tendered = random.Next(2) == 0 ? Math.Ceiling(receipt.Total) : notes.FirstOrDefault(n => n >= receipt.Total, 200);
            receipt = receipt with { Payment = new Payment(tendered, null) };
        }

        return receipt;
    }
}
