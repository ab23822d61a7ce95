namespace Intake.Extractors.Invoices.Totals;

/// <summary>What an amount in an invoice's totals says it is, by its label.</summary>
internal enum TotalKind
{
    /// <summary>No label at all.</summary>
    None,

    /// <summary>A label that names none of the kinds below.</summary>
    Unknown,

    /// <summary>Net total, before tax: "Subtotal", "Summe netto", "Total HT".</summary>
    Net,

    /// <summary>The sum of the item lines, before charges and allowances: "Positionssumme", "Warenwert".</summary>
    LineSum,

    /// <summary>The tax: "VAT", "USt", "TVA", "Steuerbetrag".</summary>
    Tax,

    /// <summary>The gross total, tax included: "Total TTC", "Summe inkl. USt", "Bruttosumme".</summary>
    Gross,

    /// <summary>A total that does not say net or gross: "Total", "Endbetrag", "Montant".</summary>
    Total,

    /// <summary>What is left to pay: "Amount due", "Zahlbetrag", "Solde à payer".</summary>
    Due,

    /// <summary>Charges, allowances, discounts, prepayments, rounding: amounts in the totals block that are none of the totals.</summary>
    Adjustment,

    /// <summary>A percentage column ("USt. %", "MwSt-%"): rates, not money.</summary>
    Rate,
}
