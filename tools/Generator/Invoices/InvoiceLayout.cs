using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Invoices;

/// <summary>
/// One way a seller prints invoices: language, words, formats and arrangement. Layouts are data,
/// so one renderer draws them all; <see cref="HeldOut"/> layouts are kept away from tuning.
/// </summary>
public sealed record InvoiceLayout(
    string Name,
    string Language,
    bool HeldOut,
    InvoiceLabels Labels,
    DateStyle Dates,
    NumberStyle Numbers,
    IReadOnlyList<string> Currencies,
    IbanCountry Iban,
    IReadOnlyList<decimal> VatRates,
    string NumberPattern,
    SellerPlacement Seller,
    bool ValuesBelowLabels = false,
    bool CreditNote = false,
    double PrepaymentChance = 0,
    bool CurrencyAfterAmount = false);

/// <summary>Where the seller's name, address, VAT id and IBAN are printed.</summary>
public enum SellerPlacement
{
    /// <summary>A letterhead at the top; VAT id and IBAN below the totals.</summary>
    Letterhead,

    /// <summary>A small sender line above the customer, and everything else in a three-column footer (German style).</summary>
    Footer,
}

/// <summary>The words a layout prints. <c>{0}</c> in <see cref="Vat"/> is the rate; <see cref="Corrects"/> labels a credit note's invoice.</summary>
public sealed record InvoiceLabels(
    string Title,
    string Number,
    string Date,
    string DueDate,
    string Customer,
    string Description,
    string Quantity,
    string UnitPrice,
    string VatRate,
    string Amount,
    string Net,
    string Vat,
    string Gross,
    string Prepayment,
    string AmountDue,
    string VatId,
    string Iban,
    string Closing,
    string Corrects = "");
