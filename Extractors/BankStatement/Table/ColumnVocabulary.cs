namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// The header words of transaction tables, per column, in English, German and French. A header
/// row is a line made mostly of these; where one reads as several (a bare "Date"), the longer
/// phrase on the line wins ("Value date").
/// </summary>
internal static class ColumnVocabulary
{
    public static readonly IReadOnlyList<(ColumnRole Role, string[] Labels)> Columns =
    [
        (ColumnRole.Date, ["Date", "Booking date", "Posting date", "Transaction date", "Trans. date", "Entry date", "Buchungstag", "Buchungsdatum",
            "Datum", "Buchung", "Date opération", "Date d'opération", "Date comptable", "Date de l'opération"]),
        (ColumnRole.ValueDate, ["Value date", "Value", "Valuta", "Wert", "Wertstellung", "Valutadatum", "Date valeur", "Date de valeur", "Valeur"]),
        (ColumnRole.Description, ["Description", "Details", "Transaction details", "Particulars", "Narrative", "Transaction", "Reference", "Payee",
            "Verwendungszweck", "Buchungstext", "Beschreibung", "Vorgang", "Text", "Umsatz", "Libellé", "Opération", "Opérations",
            "Désignation", "Nature de l'opération", "Détail", "Libellé de l'opération"]),
        (ColumnRole.Debit, ["Debit", "Debits", "Paid out", "Money out", "Withdrawals", "Withdrawal", "Payments", "Soll", "Belastung", "Ausgang",
            "Auszahlung", "Débit", "Débits", "Retraits"]),
        (ColumnRole.Credit, ["Credit", "Credits", "Paid in", "Money in", "Deposits", "Deposit", "Receipts", "Haben", "Gutschrift", "Eingang",
            "Einzahlung", "Crédit", "Crédits", "Versements", "Dépôts"]),
        (ColumnRole.Amount, ["Amount", "Transaction amount", "Betrag", "Umsatzbetrag", "Betrag EUR", "Montant", "Montant de l'opération"]),
        (ColumnRole.Balance, ["Balance", "Running balance", "Saldo", "Kontostand", "Solde", "Solde courant", "Neuer Saldo"]),
    ];
}
