namespace Intake.Extractors.Invoices.Vocabulary;

/// <summary>The words an invoice or credit note is titled with, folded (lower case, no diacritics).</summary>
internal static class DocumentTitles
{
    /// <summary>Whole words that name an invoice; German compounds ending in "rechnung" count too.</summary>
    public static readonly string[] Invoice = ["invoice", "rechnung", "facture", "bill", "rechnungskorrektur", "factura", "fattura"];

    /// <summary>Whole words (or phrases) that name a credit note: amounts on it are owed to the customer.</summary>
    public static readonly string[] CreditNote = ["gutschrift", "avoir", "credit note", "creditnote", "credit memo", "gutschriftsanzeige", "facture d'avoir"];

    /// <summary>German compounds: "Handelsrechnung", "Stromrechnung", "Rechnungskorrektur".</summary>
    public const string GermanInvoiceStem = "rechnung";

    /// <summary>Words between a title and its number: "Nr.", "No.", "#", "N°".</summary>
    public static readonly string[] NumberMarks = ["nr", "no", "n°", "#", "num", "number", "numero", "nummer", "n"];

    /// <summary>Words that introduce the document's date after its title: "Rechnung Nr. 1 vom 05.03.2018".</summary>
    public static readonly string[] DateMarks = ["vom", "von", "du", "of", "dated", "issued", "date", "le", "am"];
}
