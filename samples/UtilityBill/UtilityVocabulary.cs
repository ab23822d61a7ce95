namespace UtilityBill;

/// <summary>The words utility bills use, in English, German and French.</summary>
internal static class UtilityVocabulary
{
    public static readonly string[] AccountLabels =
        ["Account number", "Account no", "Customer number", "Kundennummer", "Vertragskonto", "Vertragsnummer", "Numéro de client", "Référence client", "N° de contrat"];

    public static readonly string[] BillDateLabels = ["Bill date", "Invoice date", "Date of issue", "Rechnungsdatum", "Datum", "Date de facture", "Date d'émission"];

    public static readonly string[] DueDateLabels = ["Due date", "Payment due", "Pay by", "Fällig am", "Zahlbar bis", "Date d'échéance", "À payer avant le"];

    public static readonly string[] PeriodLabels = ["Billing period", "Service period", "Abrechnungszeitraum", "Zeitraum", "Période de facturation", "Période de consommation"];

    public static readonly string[] TotalLabels =
        ["Total due", "Amount due", "Total amount due", "Gesamtbetrag", "Rechnungsbetrag", "Zu zahlender Betrag", "Montant total", "Total à payer", "Montant à payer"];

    private static readonly string[] Evidence =
    [
        "kwh", "m³", "m3", "meter", "zähler", "compteur", "electricity", "strom", "électricité", "gas", "gaz", "water", "wasser", "eau",
        "consumption", "verbrauch", "consommation", "tariff", "tarif", "meter reading", "zählerstand", "relevé", "abschlag", "standing charge", "grundpreis", "abonnement",
    ];

    /// <summary>0 with no utility words; each distinct one found adds a fifth, up to 1.</summary>
    public static double Score(string text)
    {
        var lower = text.ToLowerInvariant();
        var hits = Evidence.Count(word => lower.Contains(word, StringComparison.Ordinal));
        return Math.Min(1.0, hits * 0.2);
    }
}
