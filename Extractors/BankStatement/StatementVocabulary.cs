namespace Intake.Extractors.BankStatements;

/// <summary>The words bank statements use around and above their transaction tables, in English, German and French.</summary>
internal static class StatementVocabulary
{
    public static readonly string[] Titles =
    [
        "Account statement", "Bank statement", "Statement of account", "Checking account statement", "Savings account statement", "Statement",
        "Kontoauszug", "Umsatzübersicht", "Kontoumsätze", "Auszug", "Relevé de compte", "Relevé bancaire", "Extrait de compte", "Relevé d'opérations",
    ];

    public static readonly string[] AccountHolderLabels =
    [
        "Account holder", "Account name", "Account owner", "Customer", "Customer name",
        "Kontoinhaber", "Kontoinhaberin", "Inhaber", "Titulaire du compte", "Titulaire", "Nom du titulaire", "Client",
    ];

    /// <summary>
    /// British and German statements may head the holder's name with a bare "Name". Tried only when no
    /// label above is found: matches are ranked by how well they read, and an exact "Name" elsewhere on
    /// the page ("Bank name") would otherwise beat an OCR-garbled "Kontoinhaber".
    /// </summary>
    public static readonly string[] AccountHolderLastResortLabels = ["Name"];

    /// <summary>Most specific first: the bare "Account" and "Konto" only count when a number follows.</summary>
    public static readonly string[] AccountNumberLabels =
    [
        "Account number", "Account no.", "Account No", "Acct no", "Kontonummer", "Konto-Nr.", "Konto Nr.", "N° de compte", "Numéro de compte",
        "Compte n°", "No de compte", "Account", "Konto", "Compte",
    ];

    public static readonly string[] IbanLabels = ["IBAN"];

    public static readonly string[] PeriodLabels =
    [
        "Statement period", "Period covered", "Period", "Statement from", "Zeitraum", "Abrechnungszeitraum", "Auszugszeitraum", "Berichtszeitraum",
        "Période", "Période du", "Relevé du",
    ];

    public static readonly string[] CurrencyLabels = ["Currency", "Account currency", "Währung", "Kontowährung", "Devise", "Monnaie"];

    public static readonly string[] OpeningBalanceLabels =
    [
        "Opening balance", "Beginning balance", "Previous balance", "Starting balance", "Balance brought forward", "Brought forward", "Start balance",
        "Alter Kontostand", "Alter Saldo", "Anfangssaldo", "Saldo alt", "Kontostand alt", "Vortrag", "Saldovortrag",
        "Ancien solde", "Solde initial", "Solde précédent", "Solde de début", "Solde au début",
    ];

    public static readonly string[] ClosingBalanceLabels =
    [
        "Closing balance", "Ending balance", "New balance", "Final balance", "Balance at end of period", "End balance",
        "Neuer Kontostand", "Neuer Saldo", "Endsaldo", "Saldo neu", "Kontostand neu", "Schlusssaldo",
        "Nouveau solde", "Solde final", "Solde de fin", "Solde à la fin", "Solde au",
    ];

    /// <summary>Lines that repeat a balance where a page breaks; they are not transactions.</summary>
    public static readonly string[] CarriedForwardLabels =
    [
        "Balance carried forward", "Carried forward", "Balance brought forward", "Brought forward", "Balance forward", "Continued",
        "Übertrag", "Übertrag auf Blatt", "Vortrag", "Zwischensaldo", "Report", "Solde à reporter", "À reporter", "Solde reporté", "Reporté",
    ];

    /// <summary>Lines that sum the table (totals of debits and credits); they are not transactions either.</summary>
    public static readonly string[] TotalLabels = ["Total", "Totals", "Sum", "Summe", "Gesamt", "Umsatzsumme", "Total des opérations", "Totaux", "Sous-total"];

    /// <summary>Words that name a bank, to tell its name from the other phrases at the top of the first page.</summary>
    public static readonly string[] BankWords =
    [
        "bank", "banque", "banca", "sparkasse", "volksbank", "raiffeisen", "building society", "savings", "credit union", "trust",
        "crédit", "credit", "caisse", "bancaire", "kreditinstitut", "postbank", "landesbank",
    ];
}
