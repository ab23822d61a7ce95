using Intake.Extractors.Invoices.Items;
using Intake.Extractors.Invoices.Layout;

namespace Intake.Extractors.Invoices.Vocabulary;

/// <summary>
/// Tells an item table's column from its heading, in English, German and French. Headings are
/// often stacked on two or three lines ("Prix / unitaire", "Positions- / betrag"), so the whole
/// stacked title is judged. Order matters: "Prix HT" is the line amount, "Prix unitaire" the unit price.
/// </summary>
internal static class ColumnVocabulary
{
    private static readonly string[] AmountPhrases =
        ["betrag", "amount", "montant", "summe", "total", "nettowert", "gesamtpreis", "prixht", "wert", "lineamount", "gesamt", "importe", "entgelt"];

    private static readonly string[] UnitPricePhrases = ["einzelpreis", "unitprice", "prixunitaire", "preis", "price", "prix", "stuckpreis", "tarif", "cost", "satz"];

    private static readonly string[] QuantityWordStarts = ["menge", "qty", "quantit", "qte", "anzahl", "stuckzahl", "qt", "pcs", "units", "nombre"];

    /// <summary>Time worked is a quantity too, but only as a whole heading word ("Stundensatz" is a rate).</summary>
    private static readonly string[] QuantityWords = ["hours", "hrs", "stunden", "std", "heures", "days", "tage", "jours"];

    private static readonly string[] TaxWords = ["ust", "mwst", "vat", "tva", "tax", "gst", "steuer", "steuersatz"];

    private static readonly string[] DescriptionWordStarts =
        ["beschreibung", "bezeichnung", "artikelbezeichnung", "artikelbeschreibung", "description", "designation", "produkt", "product", "leistung", "libelle", "item", "service", "text", "article", "details"];

    private static readonly string[] Qualifiers = ["ht", "ttc", "net", "netto", "brutto", "gross", "excl", "incl", "inkl", "exkl", "eur", "euro", "chf", "usd", "gbp"];

    /// <summary>Whether a heading only qualifies the one before it ("HT", "netto", "EUR", "€").</summary>
    public static bool IsQualifier(string title)
    {
        var words = Folding.Words(title);
        return (words.Count == 1 && Qualifiers.Contains(words[0])) || (words.Count == 0 && title.Trim() is "€" or "$" or "£");
    }

    public static ColumnKind KindOf(string title)
    {
        var words = Folding.Words(title);
        var joined = string.Concat(words);
        if (title.Contains('%') || (words.Count > 0 && words.All(TaxWords.Contains)))
        {
            return ColumnKind.TaxRate;
        }

        if (title.Trim() == "#" || words.Any(w => QuantityWordStarts.Any(q => w.StartsWith(q, StringComparison.Ordinal)) || QuantityWords.Contains(w)))
        {
            return ColumnKind.Quantity;
        }

        if (AmountPhrases.Any(joined.Contains))
        {
            return ColumnKind.Amount;
        }

        if (words.Any(w => TaxWords.Contains(w)))
        {
            return ColumnKind.TaxRate;
        }

        if (UnitPricePhrases.Any(p => words.Any(w => w.StartsWith(p, StringComparison.Ordinal) || w.EndsWith(p, StringComparison.Ordinal))) || words.Contains("rate"))
        {
            return ColumnKind.UnitPrice;
        }

        return words.Any(w => DescriptionWordStarts.Any(d => w.StartsWith(d, StringComparison.Ordinal) || w.EndsWith(d, StringComparison.Ordinal)))
            ? ColumnKind.Description
            : ColumnKind.Other;
    }
}
