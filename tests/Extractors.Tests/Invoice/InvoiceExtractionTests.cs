using Intake.Extractors.Invoices;
using Intake.Extractors.Results;
using Intake.Extractors.Testing;

namespace Intake.Extractors.Tests.Invoice;

public sealed class InvoiceExtractionTests
{
    private readonly InvoiceExtractor _extractor = new();

    [Fact]
    public void An_English_invoice_gives_its_number_dates_parties_totals_and_items()
    {
        var result = Extract(SampleInvoices.English, "en-GB");

        ExtractionAssert.Field(result, "invoiceNumber", "INV-2024-0042");
        ExtractionAssert.Field(result, "invoiceDate", "2024-03-14");
        ExtractionAssert.Field(result, "dueDate", "2024-04-13");
        ExtractionAssert.Field(result, "vendorName", "Northwind Traders Ltd");
        ExtractionAssert.Field(result, "customerName", "Contoso Stores");
        ExtractionAssert.Field(result, "purchaseOrder", "PO-7781");
        ExtractionAssert.Field(result, "subtotal", 165.00m);
        ExtractionAssert.Field(result, "taxAmount", 33.00m);
        ExtractionAssert.Field(result, "totalAmount", 198.00m);
        ExtractionAssert.Field(result, "currency", "GBP");
        ExtractionAssert.Field(result, "iban", "GB82WEST12345698765432");
        ExtractionAssert.Field(result, "vendorTaxId", "GB123456789");

        var items = result.Tables["items"].Rows;
        Assert.Equal(2, items.Count);
        Assert.Equal("Copy paper A4, 500 sheets", items[0]["description"]?.Value);
        Assert.Equal(10m, items[0]["quantity"]?.Value);
        Assert.Equal(4.50m, items[0]["unitPrice"]?.Value);
        Assert.Equal(120.00m, items[1]["amount"]?.Value);
        ExtractionAssert.MatchesSchema(_extractor, result);
    }

    [Fact]
    public void Every_field_says_how_sure_it_is_and_where_it_was_read()
    {
        var result = Extract(SampleInvoices.English, "en-GB");

        Assert.All(result.Fields.Values, f => Assert.InRange(f.Confidence, 0.01, 1));
        foreach (var name in new[] { "invoiceNumber", "invoiceDate", "totalAmount", "vendorName", "currency" })
        {
            Assert.Equal(1, result.Fields[name].Page);
            Assert.NotNull(result.Fields[name].Box);
        }

        Assert.All(result.Tables["items"].Rows.SelectMany(r => r.Cells.Values), cell =>
        {
            Assert.Equal(1, cell.Page);
            Assert.NotNull(cell.Box);
        });
    }

    [Fact]
    public void The_summary_describes_the_invoice()
    {
        var result = Extract(SampleInvoices.English, "en-GB");

        Assert.Equal(new DocumentSummary("Invoice INV-2024-0042 from Northwind Traders Ltd", 198.00m, new DateOnly(2024, 3, 14), "GBP"), result.Summary);
    }

    [Fact]
    public void A_German_invoice_with_values_below_their_labels_is_read()
    {
        var result = Extract(SampleInvoices.GermanLabelsAbove, "de");

        ExtractionAssert.Field(result, "invoiceNumber", "R-2024-117");
        ExtractionAssert.Field(result, "invoiceDate", "2024-03-05");
        ExtractionAssert.Field(result, "vendorName", "Müller Bürobedarf GmbH");
        ExtractionAssert.Field(result, "customerName", "Beispiel AG");
        ExtractionAssert.Field(result, "subtotal", 130.00m);
        ExtractionAssert.Field(result, "taxAmount", 24.70m);
        ExtractionAssert.Field(result, "totalAmount", 154.70m);
        ExtractionAssert.Field(result, "currency", "EUR");
        Assert.Equal(2, result.Tables["items"].Rows.Count);
        Assert.Equal(100m, result.Tables["items"].Rows[1]["quantity"]?.Value);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("do not add up", StringComparison.Ordinal));
    }

    [Fact]
    public void A_French_invoice_reads_dates_day_first_and_totals_HT_TVA_TTC()
    {
        var result = Extract(SampleInvoices.French, "fr");

        ExtractionAssert.Field(result, "invoiceNumber", "FA-2024-0031");
        ExtractionAssert.Field(result, "invoiceDate", "2024-02-12");
        ExtractionAssert.Field(result, "dueDate", "2024-03-13");
        ExtractionAssert.Field(result, "vendorName", "Atelier Dupont SARL");
        ExtractionAssert.Field(result, "subtotal", 470.00m);
        ExtractionAssert.Field(result, "taxAmount", 94.00m);
        ExtractionAssert.Field(result, "totalAmount", 564.00m);
        ExtractionAssert.Field(result, "currency", "EUR");
        var items = result.Tables["items"].Rows;
        Assert.Equal(2, items.Count);
        Assert.Equal("Pièces détachées", items[1]["description"]?.Value);
        Assert.Equal(3m, items[1]["quantity"]?.Value);
    }

    [Fact]
    public void A_description_that_wraps_stays_one_item()
    {
        var result = Extract(SampleInvoices.WrappedRow, "en-GB");

        var items = result.Tables["items"].Rows;
        Assert.Equal(2, items.Count);
        Assert.Equal("Workshop facilitation for the annual planning meeting, including preparation", items[0]["description"]?.Value);
        Assert.Equal(1600.00m, items[0]["amount"]?.Value);
        Assert.Equal("Travel expenses Ref: TRV-22", items[1]["description"]?.Value);
        ExtractionAssert.Field(result, "totalAmount", 2094.60m);
    }

    [Fact]
    public void Totals_printed_as_a_table_are_read_by_their_column_headings()
    {
        var result = Extract(SampleInvoices.TotalsTable, "de");

        ExtractionAssert.Field(result, "invoiceNumber", "KE-5521");
        ExtractionAssert.Field(result, "invoiceDate", "2024-04-11");
        ExtractionAssert.Field(result, "subtotal", 100.00m);
        ExtractionAssert.Field(result, "taxAmount", 16.60m);
        ExtractionAssert.Field(result, "totalAmount", 116.60m);
        Assert.Equal(2, result.Tables["items"].Rows.Count);
    }

    [Fact]
    public void Totals_labels_with_their_values_under_them_end_the_item_table_and_are_read()
    {
        var result = Extract(SampleInvoices.StackedTotals, "en-US");

        var items = result.Tables["items"].Rows;
        Assert.Equal(2, items.Count);
        Assert.Equal("Illustrations for the annual report, print-ready files", items[1]["description"]?.Value);
        ExtractionAssert.Field(result, "subtotal", 3300.00m);
        ExtractionAssert.Field(result, "taxAmount", 181.50m);
        ExtractionAssert.Field(result, "totalAmount", 3481.50m);
        ExtractionAssert.Field(result, "currency", "USD");
    }

    [Fact]
    public void Tax_per_rate_is_summed_and_an_identifiers_digits_are_not_taken_for_tax()
    {
        var result = Extract(SampleInvoices.TwoVatRatesAndSpacedVatNumber, "en-GB");

        ExtractionAssert.Field(result, "subtotal", 78.00m);
        ExtractionAssert.Field(result, "taxAmount", 11.10m);
        ExtractionAssert.Field(result, "totalAmount", 89.10m);
    }

    [Fact]
    public void Totals_ex_and_inc_tax_and_a_balance_owing_are_read_by_their_abbreviated_labels()
    {
        var result = Extract(SampleInvoices.GstInclusiveTotals, "en-NZ");

        ExtractionAssert.Field(result, "subtotal", 2030.00m);
        ExtractionAssert.Field(result, "taxAmount", 304.50m);
        ExtractionAssert.Field(result, "totalAmount", 2334.50m);
        ExtractionAssert.Field(result, "amountDue", 1834.50m);
    }

    [Fact]
    public void Tax_per_rate_in_cells_of_one_row_is_summed()
    {
        var result = Extract(SampleInvoices.TaxPerRateInOneRow, "fr-CH");

        ExtractionAssert.Field(result, "subtotal", 1780.00m);
        ExtractionAssert.Field(result, "taxAmount", 72.68m);
        ExtractionAssert.Field(result, "totalAmount", 1852.68m);
    }

    [Fact]
    public void A_sender_line_whose_separators_OCR_misread_gives_the_name_up_to_its_legal_form()
    {
        var result = Extract(SampleInvoices.SenderLineAsOcrReadsIt, "fr-FR");

        ExtractionAssert.Field(result, "vendorName", "Menuiserie Perrin SARL");
        ExtractionAssert.Field(result, "vendorAddress", "9 rue des Forges, 21000 Dijon");
        ExtractionAssert.Field(result, "totalAmount", 2220.00m);
    }

    [Fact]
    public void Without_a_letterhead_the_footer_seller_is_found_past_a_row_of_field_labels_and_the_items()
    {
        var result = Extract(SampleInvoices.FieldLabelsAtTheTopSellerInFooter, "fr-FR");

        ExtractionAssert.Field(result, "vendorName", "Menuiserie Perrin SARL");
        ExtractionAssert.Field(result, "invoiceNumber", "F-0917");
    }

    [Fact]
    public void A_letterhead_is_looked_for_above_the_item_table_only()
    {
        var result = Extract(SampleInvoices.WithoutSeller, "fr-FR");

        Assert.False(result.Fields.ContainsKey("vendorName"), $"vendorName {result.Fields.GetValueOrDefault("vendorName")?.Value}");
        Assert.Single(result.Tables["items"].Rows);
    }

    [Fact]
    public void A_tax_base_labelled_with_a_tax_word_is_not_added_to_the_tax()
    {
        var result = Extract(SampleInvoices.TaxRecapWithBases, "fr-FR");

        ExtractionAssert.Field(result, "subtotal", 150.00m);
        ExtractionAssert.Field(result, "taxAmount", 22.75m);
        ExtractionAssert.Field(result, "totalAmount", 172.75m);
    }

    [Fact]
    public void An_item_whose_amount_is_unreadable_and_whose_description_says_including_does_not_end_the_table()
    {
        var result = Extract(SampleInvoices.GarbledItemAmount, "en-IE");

        // The unreadable line has no amount to make it an item of its own: it goes with the item above, as a wrapped line would.
        var items = result.Tables["items"].Rows;
        Assert.Equal(3, items.Count);
        Assert.StartsWith("Venue hire, Saturday", items[0]["description"]?.Value as string);
        Assert.Equal("Sound system and lighting", items[1]["description"]?.Value);
        Assert.Equal(360.00m, items[2]["amount"]?.Value);
    }

    [Fact]
    public void Without_a_letterhead_the_seller_is_the_name_heading_the_footer()
    {
        var result = Extract(SampleInvoices.SellerInFooter, "en-GB");

        ExtractionAssert.Field(result, "vendorName", "Fabrikam Tools Ltd");
        ExtractionAssert.Field(result, "customerName", "Contoso Stores");
        ExtractionAssert.Field(result, "invoiceDate", "2024-02-01");
    }

    [Fact]
    public void An_ambiguous_date_is_read_the_way_the_document_writes_its_other_dates()
    {
        var text = SampleInvoices.English
            .Replace("Invoice date:   14 March 2024", "Invoice date:   03/11/2024", StringComparison.Ordinal)
            .Replace("Due date:       13 April 2024", "Due date:       04/15/2024", StringComparison.Ordinal);

        var result = _extractor.Extract(TestContent.FromText(text), new ExtractionContext());

        ExtractionAssert.Field(result, "invoiceDate", "2024-03-11");
        ExtractionAssert.Field(result, "dueDate", "2024-04-15");
        Assert.Contains(result.Warnings, w => w.StartsWith("invoiceDate:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_note_is_an_invoice_whose_amounts_are_stated_positive()
    {
        var content = TestContent.FromText(SampleInvoices.CreditNote);
        ExtractionAssert.Classifies(_extractor, content, 0.7);

        var result = _extractor.Extract(content, new ExtractionContext { Languages = ["de"] });

        ExtractionAssert.Field(result, "invoiceNumber", "GS-2024-9");
        ExtractionAssert.Field(result, "invoiceDate", "2024-06-20");
        ExtractionAssert.Field(result, "subtotal", 200.00m);
        ExtractionAssert.Field(result, "taxAmount", 38.00m);
        ExtractionAssert.Field(result, "totalAmount", 238.00m);
    }

    [Fact]
    public void Charges_between_net_and_gross_make_the_totals_add_up()
    {
        var result = Extract(SampleInvoices.WithShipping, "en-US");

        ExtractionAssert.Field(result, "invoiceNumber", "10442");
        ExtractionAssert.Field(result, "invoiceDate", "2024-03-03");
        ExtractionAssert.Field(result, "vendorName", "Blue Harbor Supplies Inc.");
        ExtractionAssert.Field(result, "subtotal", 1140.00m);
        ExtractionAssert.Field(result, "taxAmount", 93.20m);
        ExtractionAssert.Field(result, "totalAmount", 1258.20m);
        ExtractionAssert.Field(result, "amountDue", 1258.20m);
        Assert.Empty(result.Warnings);
        var item = Assert.Single(result.Tables["items"].Rows);
        Assert.Equal(12m, item["quantity"]?.Value);
        Assert.Equal(95.00m, item["unitPrice"]?.Value);
    }

    [Fact]
    public void Totals_that_do_not_add_up_are_reported()
    {
        var text = SampleInvoices.English.Replace("Total GBP                198.00", "Total GBP                199.00", StringComparison.Ordinal);

        var result = Extract(text, "en-GB");

        Assert.Contains(result.Warnings, w => w.Contains("do not add up", StringComparison.Ordinal));
        Assert.True(result.Fields["totalAmount"].Confidence < 0.7);
    }

    [Fact]
    public void Content_without_text_gives_an_empty_result()
    {
        var result = _extractor.Extract(new Content.DocumentContent([]), new ExtractionContext());

        Assert.Empty(result.Fields);
        Assert.Empty(result.Tables);
        Assert.Equal("Invoice", result.Summary.Description);
    }

    private ExtractionResult Extract(string text, string language) =>
        _extractor.Extract(TestContent.FromText(text), new ExtractionContext { Languages = [language] });
}
