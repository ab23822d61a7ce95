using Intake.Extractors.BankStatements;
using Intake.Extractors.Results;
using Intake.Extractors.Testing;
using static Intake.Extractors.Tests.BankStatement.StatementText;

namespace Intake.Extractors.Tests.BankStatement;

public sealed class BankStatementExtractorTests
{
    private static readonly BankStatementExtractor Extractor = new();

    private static string Heading(string title = "Account Statement") => $"""
        Lakeside Bank plc                                           {title}

        Account holder:   Jane Doe
        Account number:   12345678
        Statement period: 01/03/2026 to 31/03/2026
        Currency:         EUR

        """;

    [Fact]
    public void Debit_and_credit_columns_give_signed_amounts()
    {
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "1,000.00"),
            Row("02/03/2026", "Card payment Grocer", "45.10", "", "954.90"),
            Row("05/03/2026", "Salary", "", "2,500.00", "3,454.90"),
            Row("", "Closing balance", "", "", "3,454.90")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-45.10m, 2500.00m], Column<decimal>(result, "amount"));
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 5)], Column<DateOnly>(result, "date"));
        ExtractionAssert.Field(result, "openingBalance", 1000.00m);
        ExtractionAssert.Field(result, "closingBalance", 3454.90m);
        ExtractionAssert.Field(result, "balancesReconcile", true);
        ExtractionAssert.MatchesSchema(Extractor, result);
    }

    [Fact]
    public void A_column_name_of_several_words_is_one_column_even_when_one_of_its_words_reads_as_another_column()
    {
        // "Payment" alone reads nearly as "Payments", a debit column; in "Payment details" it names the description.
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Payment details", "Money in", "Money out", "Balance"),
            Row("02/03/2026", "Card payment Grocer", "", "45.10", "954.90"),
            Row("05/03/2026", "Salary NORTHWIND", "2,500.00", "", "3,454.90")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal(["Card payment Grocer", "Salary NORTHWIND"], Column<string>(result, "description"));
        Assert.Equal([-45.10m, 2500.00m], Column<decimal>(result, "amount"));
    }

    [Fact]
    public void Column_names_printed_a_space_apart_stay_columns_of_their_own()
    {
        // Wide right-aligned money names with their currency leave one space between them.
        const string Header = "Booking date Value date Booking text         Debit (EUR) Credit (EUR) Balance (EUR)";
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Header,
            Under(Header, ("Booking date", "02/03/2026"), ("Value date", "03/03/2026"), ("Booking text", "Card payment Grocer"), ("Debit (EUR)", "45.10"),
                ("Balance (EUR)", "954.90")),
            Under(Header, ("Booking date", "05/03/2026"), ("Value date", "05/03/2026"), ("Booking text", "Salary"), ("Credit (EUR)", "2,500.00"),
                ("Balance (EUR)", "3,454.90"))));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 5)], Column<DateOnly>(result, "date"));
        Assert.Equal([-45.10m, 2500.00m], Column<decimal>(result, "amount"));
        Assert.Equal(["Card payment Grocer", "Salary"], Column<string>(result, "description"));
        ExtractionAssert.Field(result, "currency", "EUR");
    }

    [Fact]
    public void Names_of_several_words_a_space_apart_are_told_apart_by_their_roles()
    {
        const string Header = "Date        Description              Cheques & Debits Deposits & Credits  Balance";
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Header,
            Under(Header, ("Date", "02/03/2026"), ("Description", "Cheque 104"), ("Cheques & Debits", "45.10"), ("Balance", "954.90")),
            Under(Header, ("Date", "05/03/2026"), ("Description", "Payroll deposit"), ("Deposits & Credits", "2,500.00"), ("Balance", "3,454.90"))));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-45.10m, 2500.00m], Column<decimal>(result, "amount"));
        Assert.Equal(["Cheque 104", "Payroll deposit"], Column<string>(result, "description"));
    }

    /// <summary>A row under <paramref name="header"/>: text starting where its column's name starts, amounts ending where it ends.</summary>
    private static string Under(string header, params (string Name, string Value)[] cells)
    {
        var line = new char[header.Length + 10];
        Array.Fill(line, ' ');
        foreach (var (name, value) in cells)
        {
            var start = header.IndexOf(name, StringComparison.Ordinal);
            var at = char.IsDigit(value[^1]) && value.Contains('.') ? start + name.Length - value.Length : start;
            value.CopyTo(0, line, at, value.Length);
        }

        return new string(line).TrimEnd();
    }

    [Fact]
    public void A_wrapped_description_is_joined_to_its_row()
    {
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Details", "Paid out", "Paid in", "Balance"),
            Row("02/03/2026", "Card payment RAIL TICKETS 4711", "55.00", "", "945.00"),
            Row("", "return journey Leeds"),
            Row("03/03/2026", "Interest paid", "", "1.20", "946.20")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal(["Card payment RAIL TICKETS 4711 return journey Leeds", "Interest paid"], Column<string>(result, "description"));
        ExtractionAssert.Field(result, "openingBalance", 1000.00m);
    }

    [Fact]
    public void A_table_continues_on_the_next_page_without_its_repeated_header_and_carried_forward_lines()
    {
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "100.00"),
            Row("02/03/2026", "Standing order Rent", "80.00", "", "20.00"),
            Row("", "Balance carried forward", "", "", "20.00"),
            "",
            "Page 1 of 2") + "\f" + string.Join('\n',
            "Lakeside Bank plc",
            "",
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Balance brought forward", "", "", "20.00"),
            Row("09/03/2026", "Transfer from J Doe", "", "1,234.56", "1,254.56"),
            Row("12/03/2026", "ATM withdrawal", "50.00", "", "1,204.56"),
            Row("", "Closing balance", "", "", "1,204.56")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-80.00m, 1234.56m, -50.00m], Column<decimal>(result, "amount"));
        Assert.Equal([20.00m, 1254.56m, 1204.56m], Column<decimal>(result, "balance"));
        ExtractionAssert.Field(result, "balancesReconcile", true);
        Assert.Equal(1204.56m, result.Summary.TotalAmount);
    }

    [Fact]
    public void A_sign_lost_from_a_signed_amount_is_restored_from_the_running_balance()
    {
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Description", "", "Amount", "Balance"),
            Row("02/03/2026", "Direct debit Water", "", "-30.00", "970.00"),
            Row("04/03/2026", "Direct debit Power", "", "25.00", "945.00"),
            Row("06/03/2026", "Refund", "", "5.00", "950.00")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-30.00m, -25.00m, 5.00m], Column<decimal>(result, "amount"));
        Assert.Contains(result.Warnings, w => w.Contains("sign", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misread_balance_is_corrected_from_the_rows_after_it()
    {
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "1,000.00"),
            Row("02/03/2026", "Standing order Rent", "100.00", "", "9.00"),
            Row("03/03/2026", "Card payment", "50.00", "", ""),
            Row("04/03/2026", "Refund", "", "10.00", "860.00")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([900.00m, 850.00m, 860.00m], Column<decimal>(result, "balance"));
        Assert.Equal([-100.00m, -50.00m, 10.00m], Column<decimal>(result, "amount"));
    }

    [Fact]
    public void An_IBAN_with_one_character_misread_beside_its_label_is_repaired_by_its_check_digits()
    {
        var content = TestContent.FromText(Heading().Replace("Currency:         EUR", "IBAN:             DE89 37O4 0044 0532 0130 00") + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("02/03/2026", "Card payment", "10.00", "", "90.00")));

        var result = Extractor.Extract(content, new ExtractionContext());

        ExtractionAssert.Field(result, "iban", "DE89370400440532013000");
    }

    [Fact]
    public void Balances_that_do_not_add_up_are_flagged()
    {
        var content = TestContent.FromText(Heading() + string.Join('\n',
            Row("Date", "Description", "Debit", "Credit", "Balance"),
            Row("", "Opening balance", "", "", "100.00"),
            Row("02/03/2026", "Card payment", "10.00", "", "90.00"),
            Row("", "Closing balance", "", "", "75.00")));

        var result = Extractor.Extract(content, new ExtractionContext());

        ExtractionAssert.Field(result, "balancesReconcile", false);
        Assert.Contains(result.Warnings, w => w.Contains("not the closing balance", StringComparison.Ordinal));
    }

    [Fact]
    public void Month_first_dates_are_read_so_the_statement_spans_weeks_not_months()
    {
        var content = TestContent.FromText(Heading("Checking Account Statement").Replace("01/03/2026 to 31/03/2026", "03/01/2026 - 03/31/2026") + string.Join('\n',
            Row("Date", "Description", "", "Amount", "Balance"),
            Row("03/02/2026", "Deposit", "", "100.00", "1,100.00"),
            Row("03/09/2026", "Check 1042", "", "-40.00", "1,060.00"),
            Row("03/11/2026", "Card purchase", "", "-10.00", "1,050.00")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 11)], Column<DateOnly>(result, "date"));
        ExtractionAssert.Field(result, "periodEnd", "2026-03-31");
    }

    [Fact]
    public void A_German_statement_with_a_signed_amount_column_is_read()
    {
        var content = TestContent.FromText("""
            Sparkasse Musterstadt                                       Kontoauszug

            Kontoinhaber:   Erika Muster
            IBAN:           DE89 3704 0044 0532 0130 00
            Zeitraum:       01.04.2026 - 30.04.2026

            """ + string.Join('\n',
            Row("Buchungstag", "Verwendungszweck", "", "Betrag", "Saldo"),
            Row("", "Alter Kontostand", "", "", "1.500,00"),
            Row("03.04.2026", "Lastschrift Stadtwerke", "", "-1.234,56", "265,44"),
            Row("07.04.2026", "Gehalt April", "", "2.000,00", "2.265,44")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([-1234.56m, 2000.00m], Column<decimal>(result, "amount"));
        ExtractionAssert.Field(result, "iban", "DE89370400440532013000");
        ExtractionAssert.Field(result, "accountHolder", "Erika Muster");
        ExtractionAssert.Field(result, "bankName", "Sparkasse Musterstadt");
        ExtractionAssert.Field(result, "balancesReconcile", true);
        Assert.True(Extractor.Classify(content) >= 0.7);
    }

    [Fact]
    public void An_invoice_with_a_table_of_amounts_is_not_a_statement()
    {
        var content = TestContent.FromText("""
            Acme Supplies GmbH                                          Invoice

            Invoice number: 2026-0042
            Invoice date:   12.03.2026
            IBAN:           DE89 3704 0044 0532 0130 00

            Description                         Qty     Unit price      Amount
            Paper A4                              5          4.99        24.95
            Toner                                 1         59.00        59.00

            Subtotal                                                     83.95
            VAT 19%                                                      15.95
            Total                                                        99.90
            Balance due                                                  99.90
            """);

        ExtractionAssert.DoesNotClassify(Extractor, content, 0.5);
    }

    [Fact]
    public void Rows_dated_without_their_year_take_the_statements_year_and_the_year_before_across_new_year()
    {
        var content = TestContent.FromText("""
            Harbor Savings Bank                                  Account Activity Statement

            Account owner:    Sam Rivera
            Account number:   55501234
            For the period December 15, 2025 through January 14, 2026

            """ + string.Join('\n',
            Row("Date", "Description", "Deposits", "Withdrawals", "Balance"),
            Row("12/18", "Hardware store", "", "40.00", "960.00"),
            Row("12/31", "Interest paid", "1.25", "", "961.25"),
            Row("01/09", "Payroll ACME CORP", "1,500.00", "", "2,461.25")));

        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal([new DateOnly(2025, 12, 18), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 9)], Column<DateOnly>(result, "date"));
        Assert.Equal([-40.00m, 1.25m, 1500.00m], Column<decimal>(result, "amount"));
    }
}
