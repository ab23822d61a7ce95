namespace Intake.Extractors.Invoices.Vocabulary;

/// <summary>The labels invoices print before (or above) their fields, in English, German and French.</summary>
internal static class FieldLabels
{
    public static readonly string[] InvoiceNumber =
    [
        "Invoice number", "Invoice No", "Invoice No.", "Invoice #", "Invoice Nr", "Credit note number", "Credit note No", "Document No", "Document number",
        "Rechnungsnummer", "Rechnungs-Nr.", "Rechnungsnr.", "Rechnung Nr.", "Rechnung-Nr.", "Belegnummer", "Beleg-Nr.", "Gutschriftsnummer", "Gutschrift-Nr.",
        "Numéro de facture", "N° de facture", "No de facture", "Facture N°", "N° facture", "Numéro d'avoir", "N° d'avoir", "Avoir N°",
    ];

    public static readonly string[] InvoiceDate =
    [
        "Invoice date", "Date of invoice", "Date of issue", "Issue date", "Invoice Date", "Document date", "Credit note date",
        "Rechnungsdatum", "Rechnungs-Datum", "Belegdatum", "Beleg-Datum", "Ausstellungsdatum", "Gutschriftsdatum",
        "Date de facture", "Date de la facture", "Date d'émission", "Date de facturation", "Date d'avoir",
    ];

    /// <summary>Bare "Date" labels: used only when no invoice-date label is found, and never on a line about delivery or payment.</summary>
    public static readonly string[] GenericDate = ["Date", "Datum", "Le"];

    public static readonly string[] DueDate =
    [
        "Due date", "Payment due", "Due by", "Pay by", "Payable by", "Payment date",
        "Fälligkeitsdatum", "Fällig am", "Fälligkeit", "Fälligkeitstag", "Zahlbar bis", "Zahlungsziel",
        "Date d'échéance", "Échéance", "À payer avant le", "Date limite de paiement",
    ];

    public static readonly string[] PurchaseOrder =
    [
        "Purchase order", "PO number", "PO No", "Order number", "Order No", "Your order", "Customer order",
        "Bestellnummer", "Bestell-Nr.", "Bestellung Nr.", "Ihre Bestellung", "Auftragsnummer", "Ihre Bestellnummer",
        "Bon de commande", "N° de commande", "Numéro de commande", "Votre commande", "Votre référence",
    ];

    public static readonly string[] Currency = ["Currency", "Invoice currency", "Amounts in", "Rechnungswährung", "Währung", "Beträge in", "Devise", "Monnaie"];

    public static readonly string[] VendorTaxId =
    [
        "VAT ID", "VAT No", "VAT number", "VAT Reg No", "VAT registration number", "Tax ID", "Tax number",
        "USt-IdNr.", "USt.-Id.-Nr.", "USt-ID", "USt.-Identnr.", "Umsatzsteuer-ID", "UID", "Steuernummer", "Steuernr.", "Steuer-Nr.",
        "N° TVA", "TVA", "N° de TVA intracommunautaire", "TVA intracommunautaire", "Numéro de TVA",
    ];

    /// <summary>Headings over the seller's block.</summary>
    public static readonly string[] Seller =
    [
        "Seller", "Supplier", "Vendor", "From", "Issued by", "Billed by",
        "Verkäufer", "Lieferant", "Rechnungsersteller", "Rechnungssteller", "Leistungserbringer", "Absender",
        "Vendeur", "Fournisseur", "Émetteur", "Émis par",
    ];

    /// <summary>Headings over the customer's block.</summary>
    public static readonly string[] Buyer =
    [
        "Bill to", "Billed to", "Invoice to", "Customer", "Buyer", "Sold to",
        "Käufer", "Rechnungsempfänger", "Leistungsempfänger", "Käufer/Leistungsempfänger", "Kunde", "Auftraggeber",
        "Client", "Acheteur", "Facturé à", "Adresse de facturation", "Destinataire",
    ];
}
