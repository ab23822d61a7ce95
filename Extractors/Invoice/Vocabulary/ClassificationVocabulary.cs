namespace Intake.Extractors.Invoices.Vocabulary;

/// <summary>Words (folded, whole words or phrases) that speak for or against a document being an invoice.</summary>
internal static class ClassificationVocabulary
{
    public static readonly string[] Tax = ["vat", "ust", "mwst", "tva", "gst", "tax", "umsatzsteuer", "mehrwertsteuer", "steuerbetrag", "taxes", "steuer"];

    /// <summary>German tax compounds end so: "Umsatzsteuer", "Mehrwertsteuer", "Versicherungsteuer" (folded text, followed by a space).</summary>
    public const string TaxCompoundEnd = "steuer ";

    public static readonly string[] Payment =
    [
        "iban", "bic", "swift", "bankverbindung", "bank details", "payable", "zahlbar", "due date", "payment terms", "zahlungsbedingungen",
        "echeance", "conditions de paiement", "reglement", "faellig", "fallig", "faelligkeit", "falligkeit", "please pay", "bitte uberweisen", "virement",
    ];

    public static readonly string[] Parties =
    [
        "bill to", "invoice to", "customer", "rechnungsempfanger", "kunde", "kundennummer", "kaufer", "verkaufer", "lieferant", "client", "facture a",
        "ust idnr", "vat id", "vat number", "steuernummer", "siret", "tva intracommunautaire", "seller", "supplier", "fournisseur",
    ];

    /// <summary>Totals labels that name the invoice (folded, spaces removed).</summary>
    public static readonly string[] InvoiceTotals =
        ["rechnungsbetrag", "rechnungssumme", "rechnungsendbetrag", "invoicetotal", "invoiceamount", "totalinvoice", "montantdelafacture", "totaldelafacture", "totalfacture"];

    /// <summary>Till receipts: paid on the spot, often photographed, short.</summary>
    public static readonly string[] Receipt =
    [
        "cash", "change", "tendered", "cashier", "receipt", "thank you", "come again", "rounding", "round", "rounded", "gst summary", "member",
        "kassenbon", "kassierer", "bargeld", "ruckgeld", "ticket de caisse", "especes", "rendu", "caissier",
        "visa", "mastercard", "debit card", "card payment", "goods sold", "not returnable", "not refundable", "cash bill",
    ];

    /// <summary>Bank statements: balances carried from one period to the next.</summary>
    public static readonly string[] Statement =
    [
        "opening balance", "closing balance", "account statement", "bank statement", "statement period", "balance brought forward", "balance carried forward",
        "kontoauszug", "alter kontostand", "neuer kontostand", "kontostand", "anfangssaldo", "endsaldo", "saldo alt", "saldo neu",
        "releve de compte", "releve bancaire", "solde initial", "solde final", "ancien solde", "nouveau solde", "solde precedent",
    ];
}
