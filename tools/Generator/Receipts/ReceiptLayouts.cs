using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Receipts;

/// <summary>
/// The receipt layouts. The French one is held out: the benchmark reports it apart, and the
/// extractor must not be tuned on it.
/// </summary>
public static class ReceiptLayouts
{
    public static ReceiptLayout TillEnglish { get; } = new(
        "till-en", "en", false,
        new("SUBTOTAL", "VAT {0}% incl.", "TOTAL", "CASH", "CHANGE", "CARD", "VAT No.", "Receipt", "Thank you for shopping with us!"),
        DateStyle.DayMonthYearSlashes, NumberStyle.English, "GBP", 20m, TaxIncluded: true, CashChance: 0.5);

    public static ReceiptLayout KasseGerman { get; } = new(
        "kasse-de", "de", false,
        new("Zwischensumme", "MwSt {0}%", "Summe", "Bar", "Rückgeld", "EC-Karte", "St.-Nr.", "Bon-Nr.", "Vielen Dank für Ihren Einkauf!"),
        DateStyle.DayMonthYearDots, NumberStyle.German, "EUR", 19m, TaxIncluded: true, CashChance: 0.6, QuantityPrefix: true);

    public static ReceiptLayout RegisterUs { get; } = new(
        "register-us", "en-US", false,
        new("Subtotal", "Sales Tax {0}%", "TOTAL", "Cash Tendered", "Change Due", "VISA", "", "Trans #", "Thank you! Please come again."),
        DateStyle.MonthDayYearSlashes, NumberStyle.English, "USD", 7.25m, TaxIncluded: false, CashChance: 0.3, TimeBeforeDate: true);

    public static ReceiptLayout TicketFrench { get; } = new(
        "ticket-fr", "fr", true,
        new("Sous-total", "dont TVA {0} %", "Total TTC", "Espèces", "Rendu", "Carte bancaire", "SIRET", "Ticket n°", "Merci de votre visite, à bientôt !"),
        DateStyle.DayMonthYearSlashes, NumberStyle.French, "EUR", 20m, TaxIncluded: true, CashChance: 0.5, QuantityPrefix: true);

    public static IReadOnlyList<ReceiptLayout> All { get; } = [TillEnglish, KasseGerman, RegisterUs, TicketFrench];

    /// <summary>The layouts the extractor must not be tuned on.</summary>
    public static IReadOnlyList<ReceiptLayout> HeldOut { get; } = All.Where(l => l.HeldOut).ToList();
}
