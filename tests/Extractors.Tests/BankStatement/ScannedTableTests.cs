using Intake.Extractors.BankStatements;
using Intake.Extractors.Content;
using Intake.Extractors.Testing;
using static Intake.Extractors.Tests.BankStatement.StatementText;

namespace Intake.Extractors.Tests.BankStatement;

/// <summary>Tables as OCR reads them from scans: words glued together, digits misread, columns that must be inferred.</summary>
public sealed class ScannedTableTests
{
    private static readonly BankStatementExtractor Extractor = new();

    private const string EnglishHeading = """
        Lakeside Bank plc                                           Account Statement

        Account holder:   Jane Doe
        Account number:   12345678
        Statement period: 01/03/2026 to 31/03/2026

        """;

    private const string GermanHeading = """
        Sparkasse Musterstadt                                       Umsatzübersicht

        Kontoinhaber:       Erika Muster
        Konto-Nr.:          12345678
        Abrechnungszeitraum: 01.03.2026 bis 31.03.2026

        """;

    [Fact]
    public void A_currency_glued_to_the_next_column_name_does_not_hide_that_column()
    {
        var content = TestContent.FromText(GermanHeading + string.Join('\n',
            Row("Datum", "Buchungstext", "Soll (EUR)") + "      Haben (EURKontostand (EUR)",
            Row("02.03.2026", "Lastschrift Stadtwerke", "45,10", "", "954,90"),
            Row("05.03.2026", "Gehalt", "", "2.500,00", "3.454,90")), TextSource.Ocr);

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-45.10m, 2500.00m], Column<decimal>(result, "amount"));
        Assert.Equal([954.90m, 3454.90m], Column<decimal>(result, "balance"));
    }

    [Fact]
    public void A_stated_closing_balance_tells_a_misread_last_amount_from_a_misread_last_balance()
    {
        var content = TestContent.FromText(EnglishHeading + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "100.00"),
            Row("02/03/2026", "Card payment", "10.00", "", "90.00"),
            Row("03/03/2026", "Bookshop", "15.79", "", "74.25"),
            Row("", "Closing balance", "", "", "74.25")), TextSource.Ocr);

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-10.00m, -15.75m], Column<decimal>(result, "amount"));
        Assert.Equal([90.00m, 74.25m], Column<decimal>(result, "balance"));
    }
}
