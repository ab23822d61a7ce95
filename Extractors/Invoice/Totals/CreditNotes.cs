namespace Intake.Extractors.Invoices.Totals;

/// <summary>
/// A credit note's amounts are stated as positive, as e-invoicing standards (EN 16931) do: the
/// document's type already says the money flows back. Some credit notes print them negative.
/// An invoice correction that is not titled a credit note keeps its signs.
/// </summary>
internal static class CreditNotes
{
    public static InvoiceTotals AsPositive(InvoiceTotals totals, bool isCreditNote)
    {
        if (!isCreditNote || totals.Total is not { Value: < 0 })
        {
            return totals;
        }

        return totals with
        {
            Subtotal = totals.Subtotal?.Negated(),
            Tax = totals.Tax?.Negated(),
            Total = totals.Total.Negated(),
            AmountDue = totals.AmountDue?.Negated(),
        };
    }
}
