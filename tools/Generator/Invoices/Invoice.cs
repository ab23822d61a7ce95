namespace Intake.Tools.Generator.Invoices;

/// <summary>An invoice (or credit note) as it was generated: the truth its PDFs are drawn from.</summary>
public sealed record Invoice(
    string Id,
    string Layout,
    Party Seller,
    Party Customer,
    string Number,
    DateOnly Date,
    DateOnly DueDate,
    string Currency,
    IReadOnlyList<InvoiceLine> Lines,
    decimal Prepayment,
    string? CorrectedInvoiceNumber)
{
    public decimal Net => Lines.Sum(l => l.Amount);

    /// <summary>VAT per rate, each rounded once on its base, as invoices print their VAT breakdown.</summary>
    public IReadOnlyList<(decimal Rate, decimal Base, decimal Vat)> VatByRate => Lines.GroupBy(l => l.VatRate).OrderBy(g => g.Key)
        .Select(g => (g.Key, g.Sum(l => l.Amount), Math.Round(g.Sum(l => l.Amount) * g.Key / 100, 2, MidpointRounding.AwayFromZero)))
        .ToList();

    public decimal Vat => VatByRate.Sum(v => v.Vat);

    public decimal Gross => Net + Vat;

    public decimal AmountDue => Gross - Prepayment;
}

/// <summary>Seller or customer: the name and address as printed, and the seller's VAT id and IBAN.</summary>
public sealed record Party(string Name, IReadOnlyList<string> AddressLines, string? VatId, string? Iban);

/// <summary>One item row; a credit note's rows have negative unit prices.</summary>
public sealed record InvoiceLine(string Description, decimal Quantity, decimal UnitPrice, decimal VatRate)
{
    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}
