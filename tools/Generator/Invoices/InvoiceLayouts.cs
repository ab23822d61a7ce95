using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Invoices;

/// <summary>
/// The invoice layouts the generator draws. Four are held out: the benchmark reports them apart,
/// and the extractors must not be tuned on them, so their figures say how general rules fare on
/// an arrangement they were not fitted to (a Canadian invoice with ISO dates and HST; a Swiss
/// German invoice with its seller in the footer; a Belgian French invoice with its
/// values under their labels; an English credit note). Layouts once held out and then studied
/// are tuned layouts now: <c>stacked-us</c> and <c>gutschrift-de</c>, then <c>tax-invoice-au</c>
/// and <c>facture-ch</c>, whose replacements were written before the extractors ever read them.
/// </summary>
public static class InvoiceLayouts
{
    public static InvoiceLayout LetterheadEnglish { get; } = new(
        "letterhead-en", "en", false,
        new("INVOICE", "Invoice No.", "Invoice date", "Due date", "Bill to", "Description", "Qty", "Unit price", "VAT %", "Amount",
            "Subtotal", "VAT {0}%", "Total", "Less deposit paid", "Amount due", "VAT Reg. No.", "IBAN",
            "Payment within 30 days of the invoice date. Thank you for your business."),
        DateStyle.DayMonthNameYear, NumberStyle.English, ["GBP", "EUR"], new("GB", "AAAA99999999999999"), [20m, 5m],
        "INV-{year}-9999", SellerPlacement.Letterhead, PrepaymentChance: 0.3);

    public static InvoiceLayout GermanFooter { get; } = new(
        "rechnung-de", "de", false,
        new("Rechnung", "Rechnungsnummer", "Rechnungsdatum", "Fällig am", "", "Bezeichnung", "Menge", "Einzelpreis", "MwSt.", "Gesamt",
            "Nettobetrag", "zzgl. MwSt. {0} %", "Rechnungsbetrag", "abzgl. Anzahlung", "Zahlbetrag", "USt-IdNr.", "IBAN",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Vielen Dank für Ihren Auftrag."),
        DateStyle.DayMonthYearDots, NumberStyle.German, ["EUR"], new("DE", "999999999999999999"), [19m, 7m],
        "RE{year}99999", SellerPlacement.Footer, PrepaymentChance: 0.3, CurrencyAfterAmount: true);

    public static InvoiceLayout FrenchLetterhead { get; } = new(
        "facture-fr", "fr", false,
        new("Facture", "N° de facture", "Date de facture", "Date d'échéance", "Facturé à", "Désignation", "Qté", "Prix unitaire HT", "TVA", "Montant HT",
            "Total HT", "TVA {0} %", "Total TTC", "Acompte versé", "Net à payer", "N° TVA intracommunautaire", "IBAN",
            "Pénalités de retard : trois fois le taux d'intérêt légal. Pas d'escompte pour paiement anticipé."),
        DateStyle.DayMonthYearSlashes, NumberStyle.French, ["EUR", "CHF"], new("FR", "9999999999XXXXXXXXXXX99"), [20m, 10m, 5.5m],
        "F-{year}-999", SellerPlacement.Letterhead, PrepaymentChance: 0.25, CurrencyAfterAmount: true);

    public static InvoiceLayout StackedUs { get; } = new(
        "stacked-us", "en-US", false,
        new("Invoice", "Invoice Number", "Invoice Date", "Payment Due", "Billed To", "Item", "Qty", "Rate", "Tax %", "Line Total",
            "Subtotal", "Sales Tax ({0}%)", "Invoice Total", "Payments Received", "Balance Due", "Tax ID", "IBAN",
            "Please include the invoice number with your payment."),
        DateStyle.MonthNameDayYear, NumberStyle.English, ["USD", "EUR"], new("IE", "AAAA99999999999999"), [8.25m],
        "9999-99", SellerPlacement.Letterhead, ValuesBelowLabels: true, PrepaymentChance: 0.4);

    public static InvoiceLayout GermanCreditNote { get; } = new(
        "gutschrift-de", "de", false,
        new("Gutschrift", "Gutschrift-Nr.", "Datum", "Gutschrift erfolgt bis", "", "Artikel", "Anzahl", "Preis", "USt.", "Betrag",
            "Summe netto", "USt. {0} %", "Gutschriftbetrag", "", "", "UID-Nr.", "IBAN",
            "Der Betrag wird Ihrem Konto gutgeschrieben.", "Korrektur zu Rechnung"),
        DateStyle.DayMonthYearDots, NumberStyle.German, ["EUR", "CHF"], new("AT", "9999999999999999"), [20m, 10m],
        "GS-99999", SellerPlacement.Footer, CreditNote: true, CurrencyAfterAmount: true);

    public static InvoiceLayout AustralianTaxInvoice { get; } = new(
        "tax-invoice-au", "en", false,
        new("TAX INVOICE", "Invoice #", "Issue Date", "Due Date", "Bill To", "Description", "Quantity", "Unit Price", "GST", "Amount",
            "Subtotal (ex GST)", "GST {0}%", "Total (inc GST)", "Amount Paid", "Amount Owing", "ABN", "IBAN",
            "Payment terms: 14 days. Please quote the invoice number as your payment reference."),
        DateStyle.DayMonthYearSlashes, NumberStyle.English, ["AUD"], new("GB", "AAAA99999999999999"), [10m],
        "INV-99999", SellerPlacement.Letterhead, PrepaymentChance: 0.3);

    public static InvoiceLayout SwissFrenchStacked { get; } = new(
        "facture-ch", "fr", false,
        new("Facture", "Facture n°", "Date", "Échéance", "Adresse de facturation", "Description", "Quantité", "Prix unitaire", "TVA", "Montant",
            "Sous-total", "TVA {0} %", "Montant total", "Acompte reçu", "Solde à payer", "N° IDE/TVA", "IBAN",
            "Payable à 30 jours net. Merci de votre confiance."),
        DateStyle.DayMonthYearDots, NumberStyle.Swiss, ["CHF"], new("CH", "99999XXXXXXXXXXXX"), [8.1m, 2.6m],
        "{year}-9999", SellerPlacement.Footer, ValuesBelowLabels: true, PrepaymentChance: 0.3);

    public static InvoiceLayout CanadianInvoice { get; } = new(
        "invoice-ca", "en", true,
        new("INVOICE", "Invoice No", "Date", "Due", "Sold To", "Description", "Qty", "Unit Cost", "Tax", "Line Total",
            "Sub-Total", "HST ({0}%)", "TOTAL", "Less Payment Received", "Balance", "GST/HST Reg. No.", "IBAN",
            "Terms: net 30 days. Interest of 2% per month is charged on overdue accounts."),
        DateStyle.YearMonthDayDashes, NumberStyle.English, ["CAD"], new("GB", "AAAA99999999999999"), [13m, 15m],
        "A-99999", SellerPlacement.Letterhead, PrepaymentChance: 0.4);

    public static InvoiceLayout SwissGermanFooter { get; } = new(
        "rechnung-ch", "de", true,
        new("Rechnung", "Rechnungs-Nr.", "Datum", "Zahlbar bis", "", "Leistung", "Anzahl", "Ansatz", "MWST", "Betrag",
            "Total exkl. MWST", "MWST {0}%", "Total inkl. MWST", "Akontozahlung", "Restbetrag", "MWST-Nr.", "IBAN",
            "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag."),
        DateStyle.DayMonthYearDots, NumberStyle.Swiss, ["CHF"], new("CH", "99999XXXXXXXXXXXX"), [8.1m, 2.6m],
        "{year}-99999", SellerPlacement.Footer, PrepaymentChance: 0.3);

    public static InvoiceLayout BelgianFrenchStacked { get; } = new(
        "facture-be", "fr", true,
        new("FACTURE", "Facture n°", "Date de facture", "Échéance", "Client", "Description", "Quantité", "P.U. HTVA", "TVA", "Total HTVA",
            "Total HTVA", "TVA {0} %", "Total TVAC", "Acompte payé", "Reste à payer", "N° d'entreprise", "IBAN",
            "Paiement à 30 jours. Tout retard de paiement entraîne une indemnité forfaitaire de 10 %."),
        DateStyle.DayMonthYearSlashes, NumberStyle.German, ["EUR"], new("BE", "999999999999"), [21m, 6m],
        "{year}/9999", SellerPlacement.Letterhead, ValuesBelowLabels: true, PrepaymentChance: 0.3, CurrencyAfterAmount: true);

    public static InvoiceLayout EnglishCreditNote { get; } = new(
        "credit-note-gb", "en", true,
        new("CREDIT NOTE", "Credit Note No.", "Date of issue", "Refund by", "Customer", "Description", "Qty", "Price", "VAT", "Net",
            "Net amount", "VAT @ {0}%", "Total credit", "", "", "VAT No.", "IBAN",
            "The amount of this credit note will be refunded to your account.", "Against invoice"),
        DateStyle.DayMonthNameYear, NumberStyle.English, ["GBP"], new("GB", "AAAA99999999999999"), [20m],
        "CN-99999", SellerPlacement.Footer, CreditNote: true);

    public static IReadOnlyList<InvoiceLayout> All { get; } =
    [
        LetterheadEnglish, GermanFooter, FrenchLetterhead, StackedUs, GermanCreditNote, AustralianTaxInvoice, SwissFrenchStacked,
        CanadianInvoice, SwissGermanFooter, BelgianFrenchStacked, EnglishCreditNote,
    ];

    /// <summary>The layouts the extractors must not be tuned on.</summary>
    public static IReadOnlyList<InvoiceLayout> HeldOut { get; } = All.Where(l => l.HeldOut).ToList();
}
