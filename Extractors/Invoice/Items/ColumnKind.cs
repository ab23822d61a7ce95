namespace Intake.Extractors.Invoices.Items;

/// <summary>What an item table's column holds.</summary>
internal enum ColumnKind
{
    Other,
    Description,
    Quantity,
    UnitPrice,
    Amount,
    TaxRate,
}
