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

    [Fact]
    public void An_amount_and_a_balance_both_unreadable_are_taken_from_the_rows_around_them()
    {
        var content = TestContent.FromText(EnglishHeading + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "100.00"),
            Row("02/03/2026", "Card payment", "10.00", "", "90.00"),
            Row("03/03/2026", "Direct debit", "33 32", "", "5668"),
            Row("04/03/2026", "Refund", "", "10.00", "66.68"),
            Row("05/03/2026", "Account fee", "1.00", "", "65.68")), TextSource.Ocr);

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-10.00m, -33.32m, 10.00m, -1.00m], Column<decimal>(result, "amount"));
        Assert.Equal([90.00m, 56.68m, 66.68m, 65.68m], Column<decimal>(result, "balance"));
    }

    [Fact]
    public void A_misread_booking_date_is_repaired_from_the_dates_around_it()
    {
        var content = TestContent.FromText(EnglishHeading + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("02/03/2026", "Card payment", "10.00", "", "90.00"),
            Row("27/74/2026", "Direct debit", "30.00", "", "60.00"),
            Row("28/03/2026", "Refund", "", "10.00", "70.00"),
            Row("29/03/2026", "Card payment", "5.00", "", "65.00")), TextSource.Ocr);

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 27), new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29)],
            Column<DateOnly>(result, "date"));
    }

    [Fact]
    public void A_word_OCR_spells_differently_once_takes_the_spelling_it_has_elsewhere_in_the_statement()
    {
        var content = TestContent.FromText(EnglishHeading + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("02/03/2026", "Überweisung Miete", "10.00", "", "90.00"),
            Row("03/03/2026", "Uberweisung Strom:", "30.00", "", "60.00"),
            Row("04/03/2026", "Überweisung Strom", "5.00", "", "55.00"),
            Row("05/03/2026", "Überweisung Strom", "5.00", "", "50.00")), TextSource.Ocr);

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal(["Überweisung Miete", "Überweisung Strom", "Überweisung Strom", "Überweisung Strom"], Column<string>(result, "description"));
    }

    [Fact]
    public void A_closing_balance_only_worked_out_from_amounts_does_not_overrule_the_one_printed()
    {
        var content = TestContent.FromText(EnglishHeading + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "100.00"),
            Row("02/03/2026", "Card payment", "10.00", "", "90.00"),
            Row("03/03/2026", "Bookshop", "5.00", "", "8O OO"),
            Row("", "Closing balance", "", "", "80.00")), TextSource.Ocr);

        var result = Extractor.Extract(content, new ExtractionContext());

        ExtractionAssert.Field(result, "closingBalance", 80.00m);
        ExtractionAssert.Field(result, "balancesReconcile", false);
    }
}
