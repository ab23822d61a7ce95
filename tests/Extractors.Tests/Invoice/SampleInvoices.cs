namespace Intake.Extractors.Tests.Invoice;

/// <summary>Small invoices written for the tests, laid out as printouts: columns three or more spaces apart.</summary>
internal static class SampleInvoices
{
    public const string English = """
        Northwind Traders Ltd
        12 Harbour Road, Bristol BS1 4QA

                                                              INVOICE
        Bill to                                               Invoice No:     INV-2024-0042
        Contoso Stores                                        Invoice date:   14 March 2024
        8 Market Street, Leeds                                Due date:       13 April 2024
                                                              PO number:      PO-7781

        Description                       Qty     Unit price       Amount
        Copy paper A4, 500 sheets          10          4.50         45.00
        Toner cartridge black               2         60.00        120.00

                                                  Subtotal                 165.00
                                                  VAT 20%                   33.00
                                                  Total GBP                198.00

        Payment to IBAN GB82 WEST 1234 5698 7654 32    VAT No GB123456789
        """;

    /// <summary>Labels above their values, as many German layouts print them.</summary>
    public const string GermanLabelsAbove = """
        Müller Bürobedarf GmbH · Hauptstraße 5 · 10115 Berlin

        Rechnungsempfänger                                    RECHNUNG
        Beispiel AG                                           Rechnungsnummer
        Lindenweg 3                                           R-2024-117
        80331 München                                         Rechnungsdatum
                                                              05.03.2024

        Pos   Bezeichnung                      Menge     Einzelpreis        Betrag
        1     Ordner breit, blau                  20            2,50         50,00
        2     Kugelschreiber                     100            0,80         80,00

        Summe netto                                                        130,00
        zzgl. USt. 19 %                                                     24,70
        Gesamtbetrag                                                     154,70 EUR

        Bankverbindung: IBAN DE89 3704 0044 0532 0130 00   USt-IdNr.: DE123456789
        """;

    public const string French = """
        Atelier Dupont SARL - 14 rue des Lilas - 69003 Lyon
        TVA : FR40123456789

        Facture FA-2024-0031
        Client                                                Date de facture   12/02/2024
        Boulangerie Martin                                    Date d'échéance   13/03/2024
        3 place Bellecour, 69002 Lyon

        Désignation                        Quantité     Prix unitaire     Montant HT
        Réparation four                           1          350,00 €       350,00 €
        Pièces détachées                          3           40,00 €       120,00 €

                                                             Total HT         470,00 €
                                                             TVA 20 %          94,00 €
                                                             Total TTC        564,00 €

        Règlement par virement : IBAN FR14 2004 1010 0505 0001 3M02 606
        """;

    /// <summary>An item whose description runs onto a second line, and one with a reference line under it.</summary>
    public const string WrappedRow = """
        Lakeside Consulting Ltd
                                                              INVOICE
                                                              Invoice number:   7731
                                                              Invoice date:     2 May 2024

        Description                              Qty     Unit price       Amount
        Workshop facilitation for the annual        2        800.00      1600.00
        planning meeting, including preparation
        Travel expenses                             1        145.50       145.50
        Ref: TRV-22

                                                  Subtotal               1745.50
                                                  VAT 20%                 349.10
                                                  Total                  2094.60
        """;

    /// <summary>Shipping between the net total and the tax: net + tax alone is not the total.</summary>
    public const string WithShipping = """
        Blue Harbor Supplies Inc.
        500 Pier Avenue, Portland, OR 97201

        INVOICE #10442                                        Date: March 3, 2024

        Item                         Hours        Rate        Amount
        Consulting                      12       95.00       1140.00

                                              Subtotal               1,140.00
                                              Shipping                  25.00
                                              Sales Tax                 93.20
                                              Total                  1,258.20
                                              Balance Due            1,258.20
        """;

    /// <summary>Totals printed as a table: headings over their values, one row per tax rate and a sum row.</summary>
    public const string TotalsTable = """
        Kaiser Elektro GmbH
        Ringstraße 8, 50667 Köln

        RECHNUNG                          Beleg-Nr   : KE-5521
                                          Beleg-Datum: 11.04.2024

        Pos   Bezeichnung              Menge     Einzelpreis      Nettowert
        1     Kabel NYM 3x1,5            100            0,80          80,00
        2     Buch Elektrotechnik          1           20,00          20,00

        Warenwert       Nettobetrag     MwSt-Betrag     MwSt-%     Endbetrag
            80,00             80,00           15,20       19,0         95,20
            20,00             20,00            1,40        7,0         21,40
           100,00            100,00           16,60        EUR        116,60
        """;

    /// <summary>No letterhead text (a logo), the customer at the top; the seller only in the footer at the page's foot.</summary>
    public static readonly string SellerInFooter = """
                                                              INVOICE
        Bill to                                               Invoice No:     A-100
        Contoso Stores                                        Date:           01/02/2024
        8 Market Street, Leeds

        Description                       Qty     Unit price       Amount
        Garden chairs                       4         25.00        100.00

                                                  Subtotal                 100.00
                                                  VAT 20%                   20.00
                                                  Total                    120.00
        """ + new string('\n', 45) + """
        Fabrikam Tools Ltd · 1 Mill Lane, York · VAT No GB987654321 · IBAN GB33 BUKB 2020 1555 5555 55
        """;

    /// <summary>No seller printed at all: nothing on the page is the seller, least of all an item.</summary>
    public const string WithoutSeller = """
        Adresse de facturation
        Hôtel du Parc
        2 place Wilson, 21000 Dijon

        Facture n°          Date              Échéance
        F-0917              03.06.2025        03.07.2025

        Désignation                          Qté       Prix        Montant
        Porte d'entrée en chêne                1    1 850,00      1 850,00

                                                   Total HT       1 850,00
                                                   TVA 20 %         370,00
                                                   Total TTC      2 220,00
        """;

    /// <summary>
    /// The same invoice under a scan's sender line, its middle dots read by OCR as a colon and a hyphen;
    /// the invoice's fields are a row of labels ("Facture n°  Date  Échéance") over their values.
    /// </summary>
    public const string SenderLineAsOcrReadsIt = """
        Menuiserie Perrin SARL : 9 rue des Forges - 21000 Dijon


        """ + WithoutSeller;

    /// <summary>The same invoice with the seller signing the footer: no letterhead, the fields' labels head the page ("Date" is a label, not a name).</summary>
    public static readonly string FieldLabelsAtTheTopSellerInFooter = WithoutSeller + new string('\n', 45) + """
        Menuiserie Perrin SARL            N° TVA              IBAN
        9 rue des Forges                  FR12345678901       FR76 3000 6000 0112 3456 7890 189
        """;

    /// <summary>A tax recap per rate whose base carries a tax word and a rate too ("Base TVA 20 %"), and no tax total.</summary>
    public static readonly string TaxRecapWithBases = """
        Durand Frères SARL
        5 quai Perrache, 69002 Lyon                                     Facture n°   F-2025-118

        Désignation                          Qté       Prix        Montant HT
        Table de jardin                        1      100,00           100,00
        Livres                                 2       25,00            50,00

                                   Total HT                          150,00
                                   Base TVA 20 %        100,00   TVA   20,00
                                   Base TVA 5,5 %        50,00   TVA    2,75
                                   Total TTC                         172,75
        """;

    /// <summary>An item whose amount a scan made unreadable and whose description says "including": the rows after it are still items.</summary>
    public static readonly string GarbledItemAmount = """
        Pinewood Events Ltd                                                   INVOICE
        9 Harbour Row, Cork                                        Invoice No.   PE-3310

        Description                                         Qty    Unit price      Amount
        Venue hire, Saturday                                  1        800.00      800.00
        Catering for 40 guests including drinks and staff   40  ie 2B.5O      EL 1,l4O:O0
        Sound system and lighting                             1        350.00      350.00
        Photographer, four hours                              4         90.00      360.00

                                                    Subtotal                    2,650.00
        """;

    /// <summary>Totals as a row of labels right of the table's left edge, each with its value under it.</summary>
    public const string StackedTotals = """
        Harbor Lights Design LLC                                                    Invoice
        200 Pier Street, Portland, ME 04101

        Invoice Number          Invoice Date          Due
        2291-07                 Jun 2, 2025           Jul 2, 2025

        Item                                     Qty        Rate      Line Total
        Brand workshop, two days                    1     2,400.00      2,400.00
        Illustrations for the annual report,        6       150.00        900.00
        print-ready files

                      Net Amount       Sales Tax (5.5%)       Total Due
                        3,300.00            181.50          USD 3,481.50

        Thank you for your business.
        """;

    /// <summary>VAT per rate, and a VAT number printed in groups whose last group reads like an amount.</summary>
    public const string TwoVatRatesAndSpacedVatNumber = """
        Fernhill Stationers Ltd                                              INVOICE
        4 Mill Lane, York YO1 7HH                                   Invoice No.   INV-2025-0612
                                                                    Invoice date  3 Jun 2025

        Description                        Qty     Unit price        VAT       Amount
        Printer paper, 5 reams               2          24.00        20 %       48.00
        Children's books                     3          10.00         5%        30.00

                                                    Subtotal                    78.00
                                                    VAT 5%                       1.50
                                                    VAT 20%                      9.60
                                                    Total                   GBP 89.10

        VAT Reg. No.: GB 249 6820 17
        """;

    /// <summary>Totals labelled the Australian and New Zealand way: "ex GST", "inc GST", "Balance Owing".</summary>
    public const string GstInclusiveTotals = """
        Kauri Joinery Ltd                                                 TAX INVOICE
        12 Wharf Road, Nelson 7010                                  Invoice #    KJ-1184
                                                                    Date         14/08/2025

        Description                        Qty     Unit Price      Amount
        Rimu bookcase                        1        1,950.00    1,950.00
        Delivery                             1           80.00       80.00

                                      Total (ex GST)                2,030.00
                                      GST 15%                         304.50
                                      Total (inc GST)           NZD 2,334.50
                                      Deposit                         500.00
                                      Balance Owing             NZD 1,834.50
        """;

    /// <summary>Tax per rate in cells of one row, each value under its own label.</summary>
    public const string TaxPerRateInOneRow = """
        Atelier Favre Sàrl                                                     Facture
        Rue du Marché 4, 1204 Genève                              Facture n°   2025-0311

        Désignation                                  Qté        Prix          Montant
        Reliure d'archives                             4      120.00           480.00
        Livres d'art                                   2      650.00         1'300.00

             Sous-total        TVA 8.1 %        TVA 2.6 %         Total
              1'780.00            38.88            33.80      CHF 1'852.68
        """;

    public const string CreditNote = """
        Lieferant GmbH
        Lieferantenstraße 20, 80333 München

        Gutschrift Nr. GS-2024-9 vom 20.06.2024

        Pos   Bezeichnung                      Menge     Einzelpreis        Betrag
        1     Rücksendung Monitor                  1         -200,00       -200,00

        Summe netto                                                       -200,00
        USt. 19 %                                                          -38,00
        Gesamtbetrag                                                     -238,00 EUR
        """;

    /// <summary>A till slip: printed "TAX INVOICE", but paid in cash on the spot.</summary>
    public const string TillReceipt = """
        KEDAI RUNCIT ANEKA
        TAX INVOICE
        Invoice # : CS00123
        Date 12/01/2019  Cashier: ALI
        MILO 1KG            1   15.90
        SUGAR 2KG           1    5.40
        Total (Incl GST)        21.30
        GST 6%                   1.21
        CASH                    50.00
        CHANGE                  28.70
        THANK YOU PLEASE COME AGAIN
        """;

    public const string Letter = """
        Dear Ms. Hartmann,

        Thank you for visiting our workshop last Thursday. As discussed, we will
        start the renovation of the north staircase in the second week of March.
        Our quote of 4,200.00 EUR for the work stands until the end of the month.

        Kind regards,
        Peter Lindqvist
        """;
}
