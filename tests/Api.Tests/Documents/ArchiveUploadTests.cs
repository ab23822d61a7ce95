using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Intake.Api.Tests.Documents;

/// <summary>ZIP batches: one document per file at the root; everything else skipped or refused with the reason.</summary>
public sealed class ArchiveUploadTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Corpus(string file) => SharedCorpus.Read(file);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries) => ApiCalls.Zip(entries);

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] archive)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(archive), "file", "batch.zip" } };
        return await client.PostAsync("/api/documents", form, Ct);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_zip_becomes_one_document_per_root_file_and_reports_what_it_skipped()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var pdf = Corpus("invoices/zf028.pdf");
        var archive = Zip(("first.pdf", pdf), ("second.pdf", Corpus("invoices/zf029.pdf")), ("folder/third.pdf", pdf),
            ("inner.zip", Zip(("x.pdf", pdf))), ("notes.txt", "hello"u8.ToArray()));

        var response = await UploadAsync(client, archive);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["first.pdf", "second.pdf"], accepted.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("fileName").GetString()));
        var jobId = accepted.GetProperty("jobId").GetGuid();

        var job = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/job-status?job_id={jobId}", Ct),
            j => j.GetProperty("status").GetString() is "SUCCESS" or "FAILED", Ct);

        Assert.Equal("SUCCESS", job.GetProperty("status").GetString());
        Assert.All(job.GetProperty("documents").EnumerateArray(), d => Assert.Equal("INDEXED", d.GetProperty("status").GetString()));
        var skipped = job.GetProperty("skipped_entries").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(["folder/third.pdf", "inner.zip", "notes.txt"], skipped);

        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var batches = new NpgsqlCommand(
            "select count(*) from intake.outbox_events where organization_id = @org and event = 'batch.completed'", connection);
        batches.Parameters.AddWithValue("org", organization.Id);
        Assert.Equal(1L, await batches.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task A_zip_bomb_is_refused()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var zeros = new byte[20 * 1024 * 1024];
        "%PDF-"u8.CopyTo(zeros);

        var response = await UploadAsync(client, Zip(("huge.pdf", zeros)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/zip-bomb", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("../evil.pdf")]
    [InlineData("/etc/evil.pdf")]
    [InlineData("folder/../../evil.pdf")]
    public async Task An_entry_name_leaving_the_archive_refuses_the_upload(string name)
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await UploadAsync(client, Zip(("good.pdf", Corpus("invoices/zf028.pdf")), (name, Corpus("invoices/zf028.pdf"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/unsafe-archive-entry", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_zip_with_nothing_to_read_is_refused()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await UploadAsync(client, Zip(("folder/a.pdf", Corpus("invoices/zf028.pdf")), ("readme.txt", "x"u8.ToArray())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/empty-archive", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
    }
}
