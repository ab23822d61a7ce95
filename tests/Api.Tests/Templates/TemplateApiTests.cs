using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Api.Tests.Documents;
using Intake.Testing;
using Npgsql;

namespace Intake.Api.Tests.Templates;

/// <summary><c>/api/templates</c>: CRUD scoped to the organization, validation with reasons, and jobs that name a template.</summary>
public sealed class TemplateApiTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Invoice = new
    {
        name = "Acme invoices",
        description = "Our main supplier",
        fields = new object[]
        {
            new { name = "invoiceNumber", type = "text", anchor = "Invoice number", pattern = @"(?<value>[A-Z]+-\d+)" },
            new { name = "invoiceDate", type = "date", anchor = "Date" },
            new { name = "totalAmount", type = "amount", anchor = "Total due" },
            new { name = "reference", type = "text", pattern = @"Ref\. (?<value>\w+)" },
        },
        lineItems = new
        {
            start = "Items",
            end = "Total due",
            rowPattern = @"^(?<description>.+?) (?<quantity>\d+) x (?<amount>\d+\.\d{2})$",
            columns = new object[] { new { name = "description", type = "text" }, new { name = "quantity", type = "number" }, new { name = "amount", type = "amount" } },
        },
    };

    [Fact(Timeout = 60_000)]
    public async Task A_template_is_created_read_listed_replaced_and_deleted_and_another_organization_never_sees_it()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(owner.ApiKey);
        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);

        var created = await client.PostAsJsonAsync("/api/templates", Invoice, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetString();
        Assert.Equal($"/api/templates/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("Acme invoices", body.GetProperty("name").GetString());
        Assert.Equal(4, body.GetProperty("fields").GetArrayLength());
        Assert.Equal("Items", body.GetProperty("lineItems").GetProperty("start").GetString());

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/templates/{id}", Ct);
        Assert.Equal("Total due", read.GetProperty("fields")[2].GetProperty("anchor").GetString());
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/templates", Ct);
        Assert.Equal([id], listed.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/api/templates/{id}", Ct)).StatusCode);
        Assert.Empty((await strangerClient.GetFromJsonAsync<JsonElement>("/api/templates", Ct)).GetProperty("templates").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.PutAsJsonAsync($"/api/templates/{id}", Invoice, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.DeleteAsync($"/api/templates/{id}", Ct)).StatusCode);
        var foreignJob = await strangerClient.PostAsJsonAsync("/process-job",
            new { actual_image = Convert.ToBase64String(TextPdf.Of("Hello")), template_id = id }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreignJob.StatusCode);

        var replaced = await client.PutAsJsonAsync($"/api/templates/{id}",
            new { name = "Renamed", fields = new object[] { new { name = "total", type = "amount", anchor = "Total" } } }, Ct);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/templates/{id}", Ct);
        Assert.Equal("Renamed", after.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("lineItems").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/templates/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/templates/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/templates/{id}", Ct)).StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_invalid_template_is_refused_with_every_reason_and_where_it_is()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await client.PostAsJsonAsync("/api/templates", new
        {
            name = "Broken",
            fields = new object[]
            {
                new { name = "number", type = "text", pattern = "([A-Z" },
                new { name = "total", type = "money", anchor = "Total" },
                new { name = "slow", type = "text", pattern = "^(a+)+$" },
                new { name = "nowhere", type = "text" },
                new { name = "2bad", type = "text", anchor = "X" },
            },
            lineItems = new { start = "Items", rowPattern = @"(?<description>.+)", columns = new object[] { new { name = "amount", type = "amount" } } },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/invalid-template", problem.GetProperty("type").GetString());
        var problems = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("fields[0].pattern: is not a valid regular expression", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("fields[1].type: unknown type 'money'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("fields[2].pattern: takes longer than", StringComparison.Ordinal) && p.Contains("catastrophic backtracking", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("fields[3]: say where the value is", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("fields[4].name:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("lineItems.columns[0]: rowPattern has no group (?<amount>", StringComparison.Ordinal));
        Assert.Equal(6, problems.Count);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/templates", Ct)).GetProperty("templates").EnumerateArray());

        var empty = await client.PostAsJsonAsync("/api/templates", new { name = "", fields = Array.Empty<object>() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_upload_naming_a_template_that_does_not_exist_is_422_and_creates_nothing()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var unknown = await client.PostAsJsonAsync("/process-job",
            new { actual_image = Convert.ToBase64String(TextPdf.Of("Hello")), template_id = Guid.NewGuid().ToString() }, Ct);
        var notAnId = await client.PostAsJsonAsync("/process-job",
            new { actual_image = Convert.ToBase64String(TextPdf.Of("Hello")), template_id = "tpl-payables" }, Ct);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TextPdf.Of("Hello")), "file", "a.pdf" }, { new StringContent("nope"), "templateId" } };
        var multipart = await client.PostAsync("/api/documents", form, Ct);

        foreach (var response in new[] { unknown, notAnId, multipart })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("/problems/unknown-template", problem.GetProperty("type").GetString());
        }

        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/usage", Ct)).GetProperty("pagesUsed").GetInt32());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/documents", Ct)).GetProperty("items").EnumerateArray());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_job_naming_a_template_gets_the_templates_fields_and_line_items_merged_with_its_static_values()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var templateId = await ApiCalls.CreateTemplateAsync(client, Invoice);
        var pdf = TextPdf.Of(
            "ACME Supplies Ltd",
            "Invoice number: INV-2041",
            "Date: 14.03.2026",
            "Ref. PO7781",
            "Items",
            "Blue widgets 3 x 12.50",
            "Red widgets 10 x 1.99",
            "Total due: 57.40 EUR");

        var jobId = await ApiCalls.ProcessJobAsync(client, pdf, "acme.pdf", templateId, new { costCenter = "42" });
        var job = await ApiCalls.FinishedJobAsync(client, jobId);
        var documentId = job.GetProperty("documents")[0].GetProperty("document_id").GetGuid();
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}", Ct);

        Assert.Equal("INDEXED", document.GetProperty("status").GetProperty("extractionStatus").GetString());
        var fields = document.GetProperty("extraction").GetProperty("fields");
        Assert.Equal("INV-2041", fields.GetProperty("invoiceNumber").GetString());
        Assert.Equal("2026-03-14", fields.GetProperty("invoiceDate").GetString());
        Assert.Equal(57.40m, fields.GetProperty("totalAmount").GetDecimal());
        Assert.Equal("PO7781", fields.GetProperty("reference").GetString());
        var details = document.GetProperty("extraction").GetProperty("fieldDetails").GetProperty("invoiceNumber");
        Assert.Equal(1, details.GetProperty("page").GetInt32());
        Assert.True(details.GetProperty("confidence").GetDouble() > 0.5);
        var items = document.GetProperty("extraction").GetProperty("tables").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Blue widgets", items[0].GetProperty("description").GetString());
        Assert.Equal(3, items[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(1.99m, items[1].GetProperty("amount").GetDecimal());
        Assert.Equal(57.40m, document.GetProperty("document").GetProperty("totalAmount").GetDecimal());
        Assert.Equal("EUR", document.GetProperty("document").GetProperty("currency").GetString());
        Assert.Equal(templateId, document.GetProperty("templateId").GetString());

        var results = await (await client.PostAsJsonAsync("/v1/job-results", new { job_id = jobId }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("INV-2041", results.GetProperty("result").GetProperty("invoiceNumber").GetString());
        Assert.Equal("42", results.GetProperty("result").GetProperty("costCenter").GetString());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_document_whose_template_was_deleted_before_it_was_read_fails_with_template_not_found()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var templateId = await ApiCalls.CreateTemplateAsync(client, Invoice);
        var jobId = await ApiCalls.ProcessJobAsync(client, TextPdf.Of("Invoice number: INV-7", "Total due: 10.00 EUR"), "late.pdf", templateId, null);
        await ApiCalls.FinishedJobAsync(client, jobId);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/templates/{templateId}", Ct)).StatusCode);

        // The job as it stood before any worker took it, its template now gone: the state a deletion racing
        // the Processor leaves, made without the race. The Processor's polling picks it up again.
        await using (var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres")))
        {
            await connection.OpenAsync(Ct);
            await using var reset = new NpgsqlCommand("""
                update intake.jobs set status = 'NEW', finished_at = null, claimed_by = null, lease_expires_at = null where id = @job;
                update intake.documents set extraction_status = 'PENDING', doc_type = null, extraction = null, summary = null,
                    extraction_errors = '[]' where job_id = @job;
                """, connection);
            reset.Parameters.AddWithValue("job", jobId);
            Assert.Equal(2, await reset.ExecuteNonQueryAsync(Ct));
        }

        var job = await ApiCalls.FinishedJobAsync(client, jobId);
        Assert.Equal("FAILED", job.GetProperty("status").GetString());
        var documentId = job.GetProperty("documents")[0].GetProperty("document_id").GetGuid();
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}", Ct);
        Assert.Equal("FAILED", document.GetProperty("status").GetProperty("extractionStatus").GetString());
        var error = document.GetProperty("status").GetProperty("extractionErrors")[0];
        Assert.Equal("template_not_found", error.GetProperty("code").GetString());
        Assert.Contains(templateId, error.GetProperty("message").GetString());
    }
}
