using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Api.Tests.Documents;
using Intake.Testing;
using Intake.Tools.Generator;
using Intake.Tools.Generator.Rendering;

namespace Intake.Api.Tests.Extraction;

/// <summary>
/// Real documents through the HTTP API with the first-party plugins: each comes back INDEXED
/// with its type and the fields its ground truth names (../shared/corpus), with evidence per
/// field, and a letter comes back without a type.
/// </summary>
public sealed class RealDocumentTests(ExtractorsAppFixture fixture) : IClassFixture<ExtractorsAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory(Timeout = 180_000)]
    [InlineData("invoices", "zf028.pdf")]
    [InlineData("invoices", "zf060.pdf")]
    [InlineData("invoices", "zf030.pdf")]
    public async Task An_invoice_comes_back_with_its_number_date_and_totals(string folder, string file)
    {
        var (document, truth) = await ProcessAsync(folder, file);

        Assert.Equal("INVOICE", document.GetProperty("status").GetProperty("docType").GetString());
        var fields = document.GetProperty("extraction").GetProperty("fields");
        Assert.Equal(truth["invoiceNumber"]!.GetValue<string>(), fields.GetProperty("invoiceNumber").GetString());
        Assert.Equal(truth["invoiceDate"]!.GetValue<string>(), fields.GetProperty("invoiceDate").GetString());
        Assert.Equal(truth["totalAmount"]!.GetValue<decimal>(), fields.GetProperty("totalAmount").GetDecimal());
        Assert.Equal(truth["currency"]!.GetValue<string>(), fields.GetProperty("currency").GetString());
        Assert.Equal(truth["totalAmount"]!.GetValue<decimal>(), document.GetProperty("document").GetProperty("totalAmount").GetDecimal());
        var evidence = document.GetProperty("extraction").GetProperty("fieldDetails").GetProperty("totalAmount");
        Assert.True(evidence.GetProperty("page").GetInt32() >= 1);
        Assert.True(evidence.GetProperty("confidence").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Object, evidence.GetProperty("box").ValueKind);
    }

    [Fact(Timeout = 180_000)]
    public async Task An_e_invoice_comes_back_with_the_values_its_XML_states_each_saying_so()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocument><ram:ID>FX-2026-118</ram:ID><ram:TypeCode>380</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">20260210</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction>
                <ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Atelier Lumière SAS</ram:Name></ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>
                <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                  <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
                    <ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount><ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
                  </ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
              </rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """;
        var pdf = TextPdf.WithAttachment("factur-x.xml", System.Text.Encoding.UTF8.GetBytes(xml),
            "Atelier Lumiere SAS", "FACTURE FX-2026-118", "Date de facture: 10/02/2026", "Total HT 1 000,00 EUR", "TVA 20 % 200,00", "Total TTC 1 200,00 EUR");
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var (jobId, documentIds) = await ApiCalls.UploadAsync(client, pdf, "facture.pdf");
        await ApiCalls.FinishedJobAsync(client, jobId);
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentIds[0]}", Ct);

        Assert.Equal("INVOICE", document.GetProperty("status").GetProperty("docType").GetString());
        var extraction = document.GetProperty("extraction");
        Assert.Equal("FX-2026-118", extraction.GetProperty("fields").GetProperty("invoiceNumber").GetString());
        Assert.Equal(1200.00m, extraction.GetProperty("fields").GetProperty("totalAmount").GetDecimal());
        Assert.Equal("Atelier Lumière SAS", extraction.GetProperty("fields").GetProperty("vendorName").GetString());
        var total = extraction.GetProperty("fieldDetails").GetProperty("totalAmount");
        Assert.Equal("embedded-xml", total.GetProperty("source").GetString());
        Assert.Equal(1.0, total.GetProperty("confidence").GetDouble());
        Assert.Equal(1200.00m, document.GetProperty("document").GetProperty("totalAmount").GetDecimal());
    }

    [Fact(Timeout = 180_000)]
    public async Task A_receipt_photo_comes_back_with_its_total_and_date()
    {
        var (document, truth) = await ProcessAsync("receipts", "sroie000.jpg");

        Assert.Equal("RECEIPT", document.GetProperty("status").GetProperty("docType").GetString());
        var fields = document.GetProperty("extraction").GetProperty("fields");
        Assert.Equal(decimal.Parse(truth["total"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), fields.GetProperty("total").GetDecimal());
        var printed = DateOnly.ParseExact(truth["date"]!.GetValue<string>(), "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(printed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fields.GetProperty("date").GetString());
    }

    [Fact(Timeout = 180_000)]
    public async Task A_generated_bank_statement_comes_back_with_its_transactions_and_balances()
    {
        var (statement, layout) = StatementSet.Create(1, seed: 11)[0];
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var (jobId, documentIds) = await ApiCalls.UploadAsync(client, StatementPdfWriter.Render(statement, layout), "statement.pdf");
        await ApiCalls.FinishedJobAsync(client, jobId);
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentIds[0]}", Ct);

        Assert.Equal("BANK_STATEMENT", document.GetProperty("status").GetProperty("docType").GetString());
        var extraction = document.GetProperty("extraction");
        Assert.Equal(statement.ClosingBalance, extraction.GetProperty("fields").GetProperty("closingBalance").GetDecimal());
        Assert.True(extraction.GetProperty("fields").GetProperty("balancesReconcile").GetBoolean());
        var transactions = extraction.GetProperty("tables").GetProperty("transactions").EnumerateArray().ToList();
        Assert.Equal(statement.Transactions.Select(t => (t.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.Amount, t.Balance)),
            transactions.Select(t => (t.GetProperty("date").GetString()!, t.GetProperty("amount").GetDecimal(), t.GetProperty("balance").GetDecimal())));
    }

    [Fact(Timeout = 180_000)]
    public async Task A_letter_comes_back_indexed_without_a_type()
    {
        var letter = Directory.GetFiles(SharedCorpus.PathOf("other"), "*.pdf").Order().First();
        var (document, _) = await ProcessAsync("other", Path.GetFileName(letter));

        Assert.Equal(JsonValueKind.Null, document.GetProperty("status").GetProperty("docType").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("extraction").ValueKind);
    }

    private async Task<(JsonElement Document, JsonObject Truth)> ProcessAsync(string folder, string file)
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var (jobId, documentIds) = await ApiCalls.UploadAsync(client, SharedCorpus.Read($"{folder}/{file}"), file);
        await ApiCalls.FinishedJobAsync(client, jobId);
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentIds[0]}", Ct);
        Assert.Equal("INDEXED", document.GetProperty("status").GetProperty("extractionStatus").GetString());
        var truth = JsonNode.Parse(await File.ReadAllTextAsync(SharedCorpus.PathOf($"{folder}/expected.json"), Ct))!.AsObject();
        return (document, truth[Path.GetFileNameWithoutExtension(file)]!.AsObject());
    }
}
