using System.Text.Json.Nodes;
using Intake.Bench.Accuracy.Scoring;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Bench.Tests;

public sealed class ScoringTests
{
    private static readonly FieldMetric Total = new("totalAmount", "totalAmount", "totalAmount", Comparison.Amount);

    [Theory]
    [InlineData("235.624", true)]
    [InlineData("235.615", true)]
    [InlineData("235.626", false)]
    [InlineData("-235.62", false)]
    public void Amounts_match_within_half_a_cent(string extracted, bool correct)
    {
        var verdict = Total.Judge(Truth("""{ "totalAmount": 235.62 }"""), Invoice(("totalAmount", ExtractedField.Amount(Decimal(extracted), 0.9))), true);

        Assert.Equal(correct, verdict!.Correct);
    }

    [Fact]
    public void A_right_value_does_not_count_when_the_document_was_not_classified_as_its_type()
    {
        var verdict = Total.Judge(Truth("""{ "totalAmount": 235.62 }"""), Invoice(("totalAmount", ExtractedField.Amount(235.62m, 0.9))), false);

        Assert.False(verdict!.Correct);
        Assert.Equal("not classified as its type", verdict.Reason);
    }

    [Fact]
    public void A_truth_without_a_value_is_left_out_of_the_field_s_denominator() =>
        Assert.Null(Total.Judge(Truth("""{ "totalAmount": null }"""), Invoice(), true));

    [Fact]
    public void An_amount_given_as_text_is_wrong_whatever_it_says()
    {
        var verdict = Total.Judge(Truth("""{ "totalAmount": 235.62 }"""), Invoice(("totalAmount", ExtractedField.Text("235.62", 0.9))), true);

        Assert.False(verdict!.Correct);
        Assert.StartsWith("wrong type", verdict.Reason);
    }

    [Fact]
    public void A_missing_field_is_wrong() =>
        Assert.Equal("missing", Total.Judge(Truth("""{ "totalAmount": 1 }"""), Invoice(), true)!.Reason);

    [Fact]
    public void A_printed_receipt_date_is_compared_with_the_extracted_calendar_date()
    {
        var date = new FieldMetric("date", "date", "date", Comparison.Date);
        var truth = Truth("""{ "date": "12-01-19" }""");

        Assert.True(date.Judge(truth, Invoice(("date", ExtractedField.Date(new DateOnly(2019, 1, 12), 0.9))), true)!.Correct);
        Assert.False(date.Judge(truth, Invoice(("date", ExtractedField.Date(new DateOnly(2019, 12, 1), 0.9))), true)!.Correct);
    }

    [Fact]
    public void Identifiers_match_after_whitespace_is_collapsed_but_not_otherwise()
    {
        var number = new FieldMetric("invoiceNumber", "invoiceNumber", "invoiceNumber", Comparison.Exact);
        var truth = Truth("""{ "invoiceNumber": "RE 2014-1" }""");

        Assert.True(number.Judge(truth, Invoice(("invoiceNumber", ExtractedField.Text(" RE  2014-1", 0.9))), true)!.Correct);
        Assert.False(number.Judge(truth, Invoice(("invoiceNumber", ExtractedField.Text("RE2014-1", 0.9))), true)!.Correct);
    }

    [Fact]
    public void Line_items_count_the_rows_of_the_items_table_and_no_table_is_no_rows()
    {
        var items = new FieldMetric("items", "items", "lineItemCount", Comparison.RowCount);

        Assert.True(items.Judge(Truth("""{ "lineItemCount": 3 }"""), Invoice() with { TableRows = new Dictionary<string, int> { ["items"] = 3 } }, true)!.Correct);
        Assert.False(items.Judge(Truth("""{ "lineItemCount": 3 }"""), Invoice() with { TableRows = new Dictionary<string, int> { ["items"] = 2 } }, true)!.Correct);
        Assert.True(items.Judge(Truth("""{ "lineItemCount": 0 }"""), Invoice(), true)!.Correct);
    }

    [Fact]
    public void A_run_counts_classification_over_every_document_and_names_the_wrong_ones()
    {
        var invoice = new CorpusDocument(CorpusSet.Invoices, "zf1", "/corpus/invoices/zf1.pdf", Truth("""{ "totalAmount": 10, "amountDue": null }"""));
        var takenForReceipt = new CorpusDocument(CorpusSet.Invoices, "zf2", "/corpus/invoices/zf2.pdf", Truth("""{ "totalAmount": 10, "amountDue": 10 }"""));
        var letter = new CorpusDocument(CorpusSet.Other, "letter", "/corpus/other/letter.pdf", Truth("""{ "docType": null }"""));

        var score = AccuracyScore.Of([
            (invoice, Invoice(("totalAmount", ExtractedField.Amount(10m, 1)))),
            (takenForReceipt, Invoice(("totalAmount", ExtractedField.Amount(10m, 1))) with { DocumentType = "RECEIPT" }),
            (letter, Invoice()),
        ]);

        Assert.Equal(new Tally(1, 3), score.Classification);
        Assert.Equal(["invoices/zf2.pdf", "other/letter.pdf"], score.Misclassified.Select(m => m.Document));
        Assert.Equal(new Tally(1, 2), score.Set("invoices")!.Fields["totalAmount"]);
        Assert.Equal(new Tally(0, 1), score.Set("invoices")!.Fields["amountDue"]);
    }

    [Fact]
    public void A_wrong_identifier_whose_truth_the_page_does_not_print_is_flagged_and_left_out_of_the_found_in_text_tally()
    {
        var number = new FieldMetric("invoiceNumber", "invoiceNumber", "invoiceNumber", Comparison.Exact, AuditText: true);
        const string Page = "Beitragsrechnung\nVSNR: 01.234.567.8\nRechnung Nr. R 2014-\n77";
        var notPrinted = number.Judge(Truth("""{ "invoiceNumber": "01.234.567.8-2014-1" }"""),
            Invoice(("invoiceNumber", ExtractedField.Text("01.234.567.8", 0.9))) with { Text = Page }, true)!;
        // Printed, though broken across lines at a hyphen the truth lacks: the reader's miss, not the truth's.
        var printed = number.Judge(Truth("""{ "invoiceNumber": "r201477" }"""), Invoice() with { Text = Page }, true)!;
        var right = number.Judge(Truth("""{ "invoiceNumber": "01.234.567.8" }"""),
            Invoice(("invoiceNumber", ExtractedField.Text("01.234.567.8", 0.9))) with { Text = Page }, true)!;

        Assert.Equal((false, (bool?)false), (notPrinted.Correct, notPrinted.InText));
        Assert.Equal((false, (bool?)true), (printed.Correct, printed.InText));
        Assert.Equal((true, (bool?)null), (right.Correct, right.InText));

        var set = SetScore.Of(CorpusSet.Invoices, [
            new DocumentScore("invoices", "a", "INVOICE", "INVOICE", true, [notPrinted], null, null),
            new DocumentScore("invoices", "b", "INVOICE", "INVOICE", true, [printed], null, null),
            new DocumentScore("invoices", "c", "INVOICE", "INVOICE", true, [right], null, null),
        ]);
        Assert.Equal(new Tally(1, 3), set.Fields["invoiceNumber"]);
        Assert.Equal(new Tally(1, 2), set.FieldsFoundInText["invoiceNumber"]);
        Assert.False(set.FieldsFoundInText.ContainsKey("totalAmount"));
    }

    [Theory]
    [InlineData("Rechnung # RE-20151008/504 von 08.10.2015", false)]
    [InlineData("Rechnung vom 8. Oktober 2014", true)]
    [InlineData("Datum 08.10.14", true)]
    [InlineData("Datum 8-Oct-14", true)]
    [InlineData("Datum 14.10.08", true)]
    [InlineData("Kunde 14, Seite 3, Menge 14", false)]
    public void A_wrong_date_is_flagged_only_when_its_year_is_nowhere_in_the_text(string page, bool inText)
    {
        var date = new FieldMetric("invoiceDate", "invoiceDate", "invoiceDate", Comparison.Date, AuditText: true);

        var verdict = date.Judge(Truth("""{ "invoiceDate": "2014-10-08" }"""),
            Invoice(("invoiceDate", ExtractedField.Date(new DateOnly(2015, 10, 8), 0.9))) with { Text = page }, true)!;

        Assert.Equal(inText, verdict.InText);
    }

    [Fact]
    public void Only_metrics_that_ask_for_it_look_for_the_truth_in_the_text()
    {
        var currency = new FieldMetric("currency", "currency", "currency", Comparison.Exact);

        var verdict = currency.Judge(Truth("""{ "currency": "EUR" }"""), Invoice(("currency", ExtractedField.Text("USD", 0.9))) with { Text = "Total 12,00 €" }, true)!;

        Assert.False(verdict.Correct);
        Assert.Null(verdict.InText);
    }

    private static JsonObject Truth(string json) => JsonNode.Parse(json)!.AsObject();

    private static DocumentObservation Invoice(params (string Name, ExtractedField Field)[] fields) =>
        new("INVOICE", 0.9, new Dictionary<string, double> { ["INVOICE"] = 0.9 }) { Fields = fields.ToDictionary(f => f.Name, f => f.Field) };

    private static decimal Decimal(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
