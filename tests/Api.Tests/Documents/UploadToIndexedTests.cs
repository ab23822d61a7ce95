using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Intake.Api.Tests.Documents;

/// <summary>From upload to INDEXED through the HTTP API, with the outbox holding the events in order.</summary>
public sealed class UploadToIndexedTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Corpus(string file) => SharedCorpus.PathOf(file);

    [Fact(Timeout = 120_000)]
    public async Task A_text_pdf_no_plugin_claims_ends_INDEXED_without_a_type_and_the_events_are_in_order()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent(await File.ReadAllBytesAsync(Corpus("invoices/zf028.pdf"), Ct));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(pdf, "file", "rechnung.pdf");

        var upload = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var accepted = await upload.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var documentId = accepted.GetProperty("documents")[0].GetProperty("documentId").GetGuid();
        var jobId = accepted.GetProperty("jobId").GetGuid();

        var document = await PollAsync(client, $"/api/documents/{documentId}", d => d.GetProperty("status").GetProperty("extractionStatus").GetString() == "INDEXED");
        Assert.Equal(JsonValueKind.Null, document.GetProperty("status").GetProperty("docType").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("extraction").ValueKind);
        Assert.Equal("application/pdf", document.GetProperty("metadata").GetProperty("mimeType").GetString());
        Assert.True(document.GetProperty("metadata").GetProperty("pages").GetInt32() >= 1);

        var job = await PollAsync(client, $"/job-status?job_id={jobId}", j => j.GetProperty("status").GetString() == "SUCCESS");
        Assert.Equal("INDEXED", job.GetProperty("documents")[0].GetProperty("status").GetString());

        Assert.Equal(
            ["document.created", "document.status_changed", "document.processed", "document.ready", "batch.completed"],
            await EventsAsync(organization.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_Processor_continues_the_upload_trace_and_every_event_carries_it()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/process-job")
        {
            Content = JsonContent.Create(new { actual_image = Convert.ToBase64String(await File.ReadAllBytesAsync(Corpus("invoices/zf028.pdf"), Ct)) }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");

        var upload = await client.SendAsync(request, Ct);
        var jobId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("job_id").GetGuid();
        await PollAsync(client, $"/job-status?job_id={jobId}", j => j.GetProperty("status").GetString() == "SUCCESS");

        var traceparents = await Eventually.Until(async () =>
        {
            await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand(
                "select event, traceparent from intake.outbox_events where organization_id = @org order by sequence", connection);
            command.Parameters.AddWithValue("org", organization.Id);
            var rows = new List<(string Event, string? Traceparent)>();
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }

            return rows;
        }, rows => rows.Any(r => r.Event == "batch.completed"), Ct);

        // W3C traceparent: version-traceid-spanid-flags. One trace from the client's request to the last event.
        Assert.All(traceparents, row => Assert.Equal(traceId, row.Traceparent?.Split('-')[1]));
        var created = traceparents.Single(r => r.Event == "document.created").Traceparent!.Split('-')[2];
        Assert.All(traceparents.Where(r => r.Event != "document.created"), row => Assert.NotEqual(created, row.Traceparent!.Split('-')[2]));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_typed_document_is_classified_extracted_and_indexed_with_every_event_in_order()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(Corpus("invoices/zf028.pdf"), Ct)), "file", "greeting.pdf" },
            { new StringContent("GREETING"), "documentType" },
        };

        var upload = await client.PostAsync("/api/documents", form, Ct);

        var documentId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("documents")[0].GetProperty("documentId").GetGuid();
        var document = await PollAsync(client, $"/api/documents/{documentId}?includeSchema=true",
            d => d.GetProperty("status").GetProperty("extractionStatus").GetString() is "INDEXED" or "FAILED");
        Assert.Equal("INDEXED", document.GetProperty("status").GetProperty("extractionStatus").GetString());
        Assert.Equal("GREETING", document.GetProperty("status").GetProperty("docType").GetString());
        var extraction = document.GetProperty("extraction");
        Assert.Equal("1.0.0", extraction.GetProperty("fields").GetProperty("readBy").GetString());
        Assert.Equal("text", extraction.GetProperty("fieldDetails").GetProperty("name").GetProperty("type").GetString());
        Assert.Equal("object", document.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(
            ["document.created", "document.status_changed", "document.status_changed", "extraction.completed",
             "document.status_changed", "document.processed", "document.ready", "batch.completed"],
            await EventsAsync(organization.Id));
    }

    [Fact(Timeout = 180_000)]
    public async Task A_photo_sent_to_process_job_in_base64_is_read_by_OCR_and_indexed()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var photo = Convert.ToBase64String(await File.ReadAllBytesAsync(Corpus("receipts/sroie000.jpg"), Ct));

        var upload = await client.PostAsJsonAsync("/process-job", new { actual_image = photo, file_name = "receipt.jpg", static_values = new { costCenter = "42" } }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var accepted = await upload.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("42", accepted.GetProperty("static_values").GetProperty("costCenter").GetString());
        var jobId = accepted.GetProperty("job_id").GetGuid();
        var job = await PollAsync(client, $"/job-status?job_id={jobId}", j => j.GetProperty("status").GetString() is "SUCCESS" or "FAILED");
        Assert.Equal("SUCCESS", job.GetProperty("status").GetString());
        Assert.Equal("receipt.jpg", job.GetProperty("documents")[0].GetProperty("file_name").GetString());
    }

    [Theory]
    [InlineData("not a document at all", HttpStatusCode.UnsupportedMediaType, "/problems/unsupported-media-type")]
    [InlineData("", HttpStatusCode.BadRequest, "/problems/empty-file")]
    public async Task Bad_uploads_are_refused_with_the_reason(string content, HttpStatusCode status, string type)
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", "invoice.pdf" } };

        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(type, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
    }

    [Fact(Timeout = 120_000)]
    public async Task Once_the_monthly_page_quota_is_used_up_uploads_get_402_with_the_reason()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using (var admin = fixture.CreateAdminClient())
        {
            (await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}", new { monthlyPageQuota = 1 }, Ct)).EnsureSuccessStatusCode();
        }

        using var client = fixture.CreateApiClient(organization.ApiKey);
        var pdf = Convert.ToBase64String(await File.ReadAllBytesAsync(Corpus("invoices/zf028.pdf"), Ct));
        var first = await client.PostAsJsonAsync("/process-job", new { actual_image = pdf }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var jobId = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("job_id").GetGuid();
        await PollAsync(client, $"/job-status?job_id={jobId}", j => j.GetProperty("status").GetString() == "SUCCESS");

        var refused = await client.PostAsJsonAsync("/process-job", new { actual_image = pdf }, Ct);

        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/quota-exceeded", problem.GetProperty("type").GetString());
        Assert.Contains("of its 1 pages", problem.GetProperty("error").GetString());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_corrupt_pdf_fails_with_a_readable_error_and_its_events_and_the_job_fails()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var corrupt = Convert.ToBase64String("%PDF-1.7\nthis is not really a PDF at all\n"u8.ToArray());

        var upload = await client.PostAsJsonAsync("/process-job", new { actual_image = corrupt, file_name = "broken.pdf" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var jobId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("job_id").GetGuid();
        var job = await PollAsync(client, $"/job-status?job_id={jobId}", j => j.GetProperty("status").GetString() is "SUCCESS" or "FAILED");
        Assert.Equal("FAILED", job.GetProperty("status").GetString());
        var documentId = job.GetProperty("documents")[0].GetProperty("document_id").GetGuid();
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}", Ct);
        Assert.False(document.GetProperty("success").GetBoolean());
        var error = document.GetProperty("status").GetProperty("extractionErrors")[0];
        Assert.Equal("corrupt", error.GetProperty("code").GetString());
        Assert.Equal("text", error.GetProperty("stage").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(
            ["document.created", "document.status_changed", "extraction.failed", "document.processed", "batch.failed"],
            await EventsAsync(organization.Id));
    }

    [Fact]
    public async Task Invalid_base64_is_refused_with_the_reason()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await client.PostAsJsonAsync("/process-job", new { actual_image = "%%% not base64 %%%" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/invalid-base64", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
    }

    [Fact(Timeout = 120_000)]
    public async Task Another_organization_sees_neither_the_document_nor_the_job()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var ownerClient = fixture.CreateApiClient(owner.ApiKey);
        var upload = await ownerClient.PostAsJsonAsync("/process-job",
            new { actual_image = Convert.ToBase64String(await File.ReadAllBytesAsync(Corpus("invoices/zf028.pdf"), Ct)) }, Ct);
        var jobId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("job_id").GetGuid();
        var job = await PollAsync(ownerClient, $"/job-status?job_id={jobId}", j => j.GetProperty("documents").GetArrayLength() == 1);
        var documentId = job.GetProperty("documents")[0].GetProperty("document_id").GetGuid();

        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/job-status?job_id={jobId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/api/documents/{documentId}", Ct)).StatusCode);
    }

    private static Task<JsonElement> PollAsync(HttpClient client, string path, Func<JsonElement, bool> done) =>
        Eventually.Until(() => client.GetFromJsonAsync<JsonElement>(path, Ct), done, Ct);

    private async Task<List<string>> EventsAsync(Guid organizationId)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("select event from intake.outbox_events where organization_id = @org order by sequence", connection);
        command.Parameters.AddWithValue("org", organizationId);
        var events = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }
}
