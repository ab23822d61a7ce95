using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;

namespace Intake.Extractors.Invoices.Vocabulary;

/// <summary>
/// Tells a totals label's kind from its words, in English, German and French. The order of the
/// checks is the point: "Net à payer" is due before it is net, "Summe inkl. USt" is gross
/// before it is tax, "Rechnungssumme ohne USt." is net before it is tax, and "in diesem Betrag
/// enthaltene Steuer" is tax although it says the tax is included.
/// </summary>
internal static class TotalsVocabulary
{
    private static readonly string[] DuePhrases =
    [
        "amountdue", "balancedue", "totaldue", "amountowing", "balanceowing", "totalowing", "duepayable", "amountpayable", "tobepaid", "pleasepay", "residual", "remaining", "outstanding",
        "zahlbetrag", "zuzahlen", "zahlenderbetrag", "offenerbetrag", "restbetrag", "forderungsbetrag",
        "apayer", "solde", "resteapayer", "montantdu", "montantrestant", "restedu",
    ];

    private static readonly string[] AdjustmentPhrases =
    [
        "zuschlag", "zuschlage", "abschlag", "abschlage", "rabatt", "skonto", "anzahlung", "erhalten", "bezahlt", "rundung", "fracht", "versand", "porto",
        "discount", "allowance", "charge", "prepaid", "prepayment", "deposit", "paid", "received", "rounding", "shipping", "freight",
        "remise", "acompte", "escompte", "regle", "arrondi", "port",
    ];

    private static readonly string[] TaxIncludedWords = ["enthalten", "enthaltene", "enthaltenen", "included", "dont", "inclus", "incluse"];

    private static readonly string[] GrossWords = ["inkl", "incl", "inklusive", "including", "inclusive", "ttc", "gross", "toutestaxescomprises"];

    private static readonly string[] GrossPhrases = ["brutto"];

    /// <summary>Abbreviations that make a total gross ("Total inc GST") only beside a tax: alone, "Inc." ends a company's name.</summary>
    private static readonly string[] GrossBesideTaxWords = ["inc"];

    /// <summary>Abbreviations that make a total net ("Subtotal ex GST") only beside a tax: alone, "ex" is a Latin prefix ("ex works").</summary>
    private static readonly string[] NetBesideTaxWords = ["ex"];

    private static readonly string[] NetWords = ["ohne", "excl", "exkl", "exklusive", "excluding", "exclusive", "net", "netto", "ht", "subtotal", "zwischensumme", "soustotal", "horstaxe", "horstaxes"];

    private static readonly string[] NetPhrases = ["netto", "subtotal", "zwischensumme", "soustotal", "horstaxe", "nettowert", "totalht"];

    private static readonly string[] TaxWords = ["ust", "mwst", "vat", "tva", "gst", "tax", "taxe", "taxes", "tps", "tvq", "hst"];

    private static readonly string[] TaxPhrases = ["steuer", "mwst", "umsatzsteuer", "mehrwertsteuer"];

    private static readonly string[] LineSumPhrases = ["positionssumme", "warenwert", "summepositionen", "linetotal", "itemstotal", "totallignes", "totalarticles"];

    /// <summary>Words of an identifier's label ("VAT Reg. No.", "Tax ID", "USt-IdNr.", "N° TVA"): what follows is a number, not an amount.</summary>
    private static readonly string[] IdentifierWords = ["no", "nr", "n", "number", "numero", "reg", "registration", "id", "ident", "identification", "abn", "uid", "siret", "siren"];

    private static readonly string[] IdentifierEndings = ["nummer", "idnr", "number"];

    private static readonly string[] TotalPhrases = ["total", "summe", "gesamt", "betrag", "montant", "amount", "sum", "endbetrag", "rechnungsbetrag"];

    /// <summary>Whether <paramref name="label"/> names a total, a tax, a sum of lines or an adjustment.</summary>
    public static bool IsTotal(string label) =>
        KindOf(label) is TotalKind.Net or TotalKind.Gross or TotalKind.Tax or TotalKind.Due or TotalKind.LineSum or TotalKind.Adjustment or TotalKind.Total;

    public static TotalKind KindOf(string label)
    {
        var words = Folding.Words(label);
        if (words.Count == 0)
        {
            return label.Trim().EndsWith('%') ? TotalKind.Rate : TotalKind.None;
        }

        if (label.TrimEnd().EndsWith('%') && !char.IsDigit(label.TrimEnd().TrimEnd('%').TrimEnd().LastOrDefault()))
        {
            return TotalKind.Rate;
        }

        if (words.Any(w => IdentifierWords.Contains(w) || IdentifierEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal))))
        {
            return TotalKind.Unknown;
        }

        var joined = string.Concat(words);
        var isTax = words.Any(TaxWords.Contains) || TaxPhrases.Any(joined.Contains);
        return true switch
        {
            _ when DuePhrases.Any(joined.Contains) => TotalKind.Due,
            _ when AdjustmentPhrases.Any(p => words.Any(w => w.StartsWith(p, StringComparison.Ordinal) || w.EndsWith(p, StringComparison.Ordinal))) => TotalKind.Adjustment,
            _ when isTax && words.Any(TaxIncludedWords.Contains) => TotalKind.Tax,
            _ when words.Any(GrossWords.Contains) || GrossPhrases.Any(joined.Contains) || (isTax && words.Any(GrossBesideTaxWords.Contains)) => TotalKind.Gross,
            _ when words.Any(NetWords.Contains) || NetPhrases.Any(joined.Contains) || (isTax && words.Any(NetBesideTaxWords.Contains)) => TotalKind.Net,
            _ when isTax => TotalKind.Tax,
            _ when LineSumPhrases.Any(joined.Contains) => TotalKind.LineSum,
            _ when TotalPhrases.Any(joined.Contains) => TotalKind.Total,
            _ => TotalKind.Unknown,
        };
    }
}
