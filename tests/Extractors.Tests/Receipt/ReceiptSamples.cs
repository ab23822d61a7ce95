namespace Intake.Extractors.Tests.Receipt;

/// <summary>Synthetic receipts and look-alikes, laid out as tills and invoices print them.</summary>
internal static class ReceiptSamples
{
    public const string English = """
        CORNER HARDWARE & PAINT
        12, HIGH STREET
        SPRINGFIELD 40100
        TEL: 03-5555 1234
        TAX INVOICE
        Date: 14/02/2024 18:42:10        Cashier: ANN
        ITEM                 QTY   PRICE   AMOUNT
        PAINT BRUSH 2IN       2X    4.50     9.00
        MASKING TAPE          1X    3.20     3.20
        SUB TOTAL                         12.20
        GST 6%                             0.73
        TOTAL                             12.93
        ROUNDING ADJ                      -0.03
        TOTAL ROUNDED        RM           12.90
        CASH                 RM           20.00
        CHANGE               RM            7.10
        GOODS SOLD ARE NOT RETURNABLE
        THANK YOU, PLEASE COME AGAIN
        """;

    public const string German = """
        Bäckerei Sonnenschein
        Hauptstraße 5
        10115 Berlin
        Tel. 030 1234567
        Kassenbon
        05.06.2024   07:58   Kasse 2
        Roggenbrot            1 x   3,90
        Croissant             2 x   2,40
        Kaffee                1 x   2,10
        Summe EUR                   8,40
        MwSt 7%                     0,55
        Bar                        10,00
        Rückgeld                    1,60
        Vielen Dank für Ihren Einkauf!
        """;

    public const string French = """
        CAFE DU MARCHE
        8 rue des Halles
        69001 Lyon
        Tél 04 72 00 00 00
        Le 12/03/2024 à 12:31    Table 4
        Plat du jour          1    14,50
        Café                  2     4,00
        Total HT                   15,42
        TVA 20%                     3,08
        Total TTC                  18,50 €
        CB                         18,50
        Merci de votre visite, à bientôt
        """;

    /// <summary>A business invoice: customer, invoice number, due date, bank details, terms.</summary>
    public const string Invoice = """
        Muster Software GmbH · Lindenallee 3 · 80331 München
        Kunden AG                                   RECHNUNG
        Herr Hans Kunde                             Rechnungsnummer   RE-2024-0815
        Kundenweg 8                                 Rechnungsdatum    04.03.2024
        40235 Düsseldorf                            Kundennummer      K-4711
                                                    Fälligkeit        03.04.2024
        Pos  Beschreibung                              Menge   Einzelpreis      Betrag
        1    Wartungsvertrag März 2024                  1,00      450,00 €    450,00 €
        2    Support-Stunden                            4,00       95,00 €    380,00 €
                                                        Nettobetrag                830,00 €
                                                        USt. 19 %                  157,70 €
                                                        Gesamtbetrag               987,70 €
        Zahlbar innerhalb von 30 Tagen ohne Abzug.
        Bankverbindung: Hausbank München · IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001
        Geschäftsführer: Max Muster · Amtsgericht München HRB 123456 · USt-IdNr. DE123456789
        """;

    public const string Letter = """
        Dear Ms. Hartmann,
        Thank you for visiting our workshop last Thursday. We will start the renovation
        of the staircase in the second week of March and expect to finish within five days.
        Kind regards,
        Peter Lindqvist
        """;
}
