namespace Intake.Extractors.Receipts;

/// <summary>
/// The words receipts print, in English, German and French, as lower-case keywords (diacritics
/// allowed: matching folds them). Multi-word keywords match runs of words, also when OCR joins
/// them ("TotalRounded"). Kept apart from the rules so a language is added here only.
/// </summary>
internal static class ReceiptVocabulary
{
    /// <summary>Labels of the amount paid that leave no doubt it is the final one.</summary>
    public static readonly string[] FinalTotal =
    [
        "grand total", "total rounded", "rounded total", "nett total", "net total", "total amount", "total amt", "amount due",
        "total due", "total payable", "amount payable", "total to pay", "balance due", "total incl", "total inclusive",
        "gesamtbetrag", "endbetrag", "zu zahlen", "endsumme", "gesamtsumme", "summe eur",
        "total ttc", "net à payer", "à payer", "montant ttc", "total à payer", "montant total",
    ];

    /// <summary>Labels of a total that may still be before rounding or tax.</summary>
    public static readonly string[] Total = ["total", "summe", "gesamt", "betrag", "montant", "amount", "totaal"];

    /// <summary>Words that, with a total word, make it a count of items rather than money.</summary>
    public static readonly string[] ItemCount = ["qty", "quantity", "items", "item", "pcs", "artikel", "anzahl", "articles", "stück", "nombre", "qte", "quantité"];

    /// <summary>Labels of the amount before tax.</summary>
    public static readonly string[] Subtotal =
    [
        "subtotal", "sub total", "sub-total", "zwischensumme", "sous-total", "sous total", "total ht", "montant ht", "total hors taxes",
        "total excl", "total exclusive", "total excluding", "total exc", "total before", "netto", "nettobetrag", "total net",
    ];

    /// <summary>Words that turn a total into the amount before tax ("Total excl. GST").</summary>
    public static readonly string[] ExcludingTax = ["excl", "exclusive", "excluding", "exc", "excluded", "before", "ht", "netto", "hors"];

    /// <summary>Words that say a total includes tax ("Total incl. GST"), so the line is not the tax itself.</summary>
    public static readonly string[] IncludingTax = ["incl", "inclusive", "including", "includes", "inkl", "ttc", "brutto", "inc"];

    /// <summary>Taxes on sales.</summary>
    public static readonly string[] Tax = ["gst", "sst", "vat", "tax", "mwst", "ust", "tva", "steuer", "taxe", "taxes", "service tax"];

    /// <summary>The rounding of a cash total to the smallest coin.</summary>
    public static readonly string[] Rounding = ["rounding", "rounding adj", "rounding adjustment", "round adj", "rundung", "arrondi"];

    /// <summary>Labels of what the customer handed over or paid with.</summary>
    public static readonly string[] Tendered =
    [
        "cash", "tendered", "cash tendered", "cash received", "received", "paid", "payment", "amount paid", "bar", "gegeben", "bargeld",
        "espèces", "especes", "reçu", "payé", "paiement", "visa", "mastercard", "card", "credit card", "debit card", "carte", "cb",
        "ec-karte", "girocard", "kartenzahlung",
    ];

    /// <summary>Labels of the money given back.</summary>
    public static readonly string[] Change = ["change", "change due", "rückgeld", "wechselgeld", "zurück", "rendu", "monnaie", "rendu monnaie", "à rendre"];

    /// <summary>How people paid: the printed word, and the method it names.</summary>
    public static readonly (string Keyword, string Method)[] PaymentMethods =
    [
        ("visa", "Visa"), ("mastercard", "Mastercard"), ("master card", "Mastercard"), ("maestro", "Maestro"), ("amex", "American Express"),
        ("american express", "American Express"), ("girocard", "Debit card"), ("ec-karte", "Debit card"), ("debit", "Debit card"),
        ("carte bancaire", "Card"), ("cb", "Card"), ("credit card", "Card"), ("card", "Card"), ("karte", "Card"), ("carte", "Card"),
        ("cash", "Cash"), ("bar", "Cash"), ("bargeld", "Cash"), ("espèces", "Cash"), ("especes", "Cash"),
    ];

    /// <summary>What tills print and business invoices do not: tendering, change, the till, the goodbye.</summary>
    public static readonly string[][] ReceiptCues =
    [
        ["cash", "bar", "espèces", "especes", "bargeld", "tendered", "cash received"],
        ["change", "change due", "rückgeld", "wechselgeld", "rendu", "monnaie", "à rendre"],
        ["rounding", "rounding adj", "rounding adjustment", "rounded", "rundung", "arrondi"],
        ["thank you", "thanks", "come again", "danke", "vielen dank", "merci", "bis bald", "au revoir", "à bientôt", "welcome"],
        ["cashier", "kassierer", "kasse", "caisse", "caissier", "caissière", "operator", "terminal", "till", "pos", "counter"],
        ["receipt", "cash bill", "cash sales", "kassenbon", "kassenbeleg", "bon", "beleg", "quittung", "ticket", "reçu", "ticket de caisse"],
        ["goods sold", "not returnable", "refund", "refundable", "exchange", "returnable", "umtausch", "échange"],
        ["gst summary", "tax summary", "simplified tax invoice", "gst", "sst", "mwst", "tva"],
        ["table", "server", "guest", "tisch", "bedienung", "couverts", "serveur"],
        ["total qty", "item(s)", "qty", "no. items", "anzahl artikel"],
    ];

    /// <summary>What business invoices print and till receipts do not: bank details, terms, customers, orders, the legal footer.</summary>
    public static readonly string[][] InvoiceCues =
    [
        ["iban", "bic", "swift", "bankverbindung", "bank account", "kontonummer", "blz", "relevé d'identité bancaire", "sort code", "bankname", "account number", "account holder", "kontoinhaber", "titulaire du compte"],
        ["due date", "payment terms", "fälligkeit", "fällig", "zahlbar", "zahlungsbedingungen", "zahlungsziel", "échéance", "conditions de paiement", "payable within", "skonto", "remit", "please pay by", "zahlbar bis", "à régler avant"],
        ["customer number", "customer no", "kundennummer", "kunden-nr", "kundennr", "n° client", "numéro client", "code client"],
        ["bill to", "ship to", "rechnungsempfänger", "lieferanschrift", "leistungsempfänger", "adresse de facturation", "destinataire", "käufer", "buyer", "acheteur"],
        ["order number", "your order", "purchase order", "bestellnummer", "bestellung", "ihre bestellung", "lieferschein", "bon de commande", "delivery note", "commande", "votre commande"],
        ["handelsregister", "amtsgericht", "geschäftsführer", "geschäftsführung", "hrb", "siret", "siren", "rcs", "hra", "ust-idnr", "ust-id", "vat id", "tva intracommunautaire", "vat number", "steuernummer"],
        ["leistungsdatum", "lieferdatum", "date de livraison", "delivery date", "date of delivery", "leistungszeitraum", "billing period"],
        ["page", "seite"],
    ];

    /// <summary>What invoices print and some receipts do too ("INVOICE NO"): weak evidence against a receipt.</summary>
    public static readonly string[][] WeakInvoiceCues =
    [
        ["invoice number", "invoice no", "rechnungsnummer", "rechnungsnr", "rechnung nr", "numéro de facture", "facture n°", "n° facture"],
        ["rechnung", "facture", "rechnungsdatum", "date de facture", "invoice date", "gutschrift", "avoir"],
    ];

    /// <summary>Lines at the top that announce the document rather than name the merchant.</summary>
    public static readonly string[] DocumentHeadings =
    [
        "tax invoice", "invoice", "simplified tax invoice", "receipt", "official receipt", "cash bill", "cash sales", "welcome", "welcome to",
        "kassenbon", "quittung", "beleg", "rechnung", "ticket", "reçu", "facture", "bienvenue", "willkommen", "copy", "duplicate", "cash", "credit note", "bar", "espèces",
    ];

    /// <summary>Words that end the address block: phone, fax, registration and tax numbers, the document's heading.</summary>
    public static readonly string[] AddressEnd =
    [
        "tel", "tel no", "telephone", "phone", "hp", "mobile", "handy", "portable", "fax", "tel/fax", "gst", "gst id", "gst no", "gst reg", "sst", "vat", "vat no", "co reg", "company reg",
        "reg no", "business reg", "tax invoice", "invoice", "receipt", "cash bill", "email", "e-mail", "www", "ust-idnr", "steuernr", "st-nr",
        "mwst", "telefon", "tva", "siret", "date", "datum", "cashier", "document", "doc no", "bill no",
    ];

    /// <summary>Real words within OCR noise of a keyword ("charge" of "change"): read as themselves, never as the keyword.</summary>
    public static readonly string[] LookAlikes = ["charge", "charges", "nett", "inclusive", "including", "included", "exclusive", "excluding", "excluded", "exchange", "totals", "tutal", "bank", "card no", "taxes"];

    /// <summary>Words that make a tax line a registration number rather than an amount ("GST No.", "GST ID", "VAT Reg").</summary>
    public static readonly string[] Registration = ["no", "id", "reg", "nr", "number", "num", "n"];

    /// <summary>Headings of the tax summary tables printed below the payment.</summary>
    public static readonly string[] SummaryHeadings = ["summary", "gst summary", "tax summary", "zusammenfassung", "récapitulatif", "recapitulatif", "récap tva"];

    /// <summary>Labels of the receipt's date.</summary>
    public static readonly string[] DateLabels = ["date", "datum", "dated", "date/time", "date & time"];

    /// <summary>Labels of the receipt's time.</summary>
    public static readonly string[] TimeLabels = ["time", "zeit", "uhrzeit", "heure"];
}
