using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Api.Tests.Documents;

/// <summary>The original file while it is retained, 410 with the reason once deleted, and deleting a document.</summary>
public sealed class DocumentFileTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task The_original_is_served_as_uploaded_until_it_is_deleted_after_delivery_then_410_with_the_reason()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        await using var receiver = await LoopbackServer.StartAsync();
        // deleteFilesAfterDelivery is on by default: the original goes once document.ready is delivered,
        // so the receiver holds that delivery until the file was read.
        var delivered = new TaskCompletionSource();
        receiver.Respond = async (context, _) =>
        {
            await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
            context.Response.StatusCode = (int)HttpStatusCode.OK;
        };
        (await client.PostAsJsonAsync("/api/webhooks/notifications", new { url = receiver.Url, events = new[] { "document.ready" } }, Ct)).EnsureSuccessStatusCode();
        var pdf = TextPdf.Of("Hello Ada");
        var (_, ids) = await ApiCalls.UploadAsync(client, pdf, "ada.pdf");

        var file = await client.GetAsync($"/api/documents/{ids[0]}/file", Ct);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ada.pdf", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync(Ct));

        await Eventually.Until(() => Task.FromResult(receiver.Requests.Count), count => count > 0, Ct);
        delivered.SetResult();
        // In the moment between the bytes' deletion and the row's marking, the 410 cannot say why yet; then it must.
        var problem = await Eventually.Until(
            async () => await client.GetAsync($"/api/documents/{ids[0]}/file", Ct) is { StatusCode: HttpStatusCode.Gone } gone
                ? await gone.Content.ReadFromJsonAsync<JsonElement>(Ct)
                : default,
            p => p.ValueKind == JsonValueKind.Object && p.GetProperty("error").GetString()!.Contains("was deleted at", StringComparison.Ordinal), Ct);

        Assert.Equal("/problems/file-deleted", problem.GetProperty("type").GetString());
        Assert.Contains("document.ready webhook was delivered", problem.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{ids[0]}", Ct)).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Deleting_a_document_removes_its_row_and_its_bytes_and_its_job_once_empty()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var (jobId, ids) = await ApiCalls.UploadAsync(client, ApiCalls.Zip(("a.pdf", TextPdf.Of("Hello Ada")), ("b.pdf", TextPdf.Of("Hello Grace"))), "two.zip");
        await ApiCalls.FinishedJobAsync(client, jobId);
        var keys = await ApiCalls.ObjectKeysAsync(fixture, ids);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/documents/{ids[0]}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{ids[0]}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{ids[0]}/file", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/documents/{ids[0]}", Ct)).StatusCode);
        Assert.False(await ApiCalls.ObjectExistsAsync(fixture, keys[ids[0]]));
        Assert.True(await ApiCalls.ObjectExistsAsync(fixture, keys[ids[1]]));
        var job = await client.GetFromJsonAsync<JsonElement>($"/job-status?job_id={jobId}", Ct);
        Assert.Equal([ids[1]], job.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("document_id").GetGuid()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/documents/{ids[1]}", Ct)).StatusCode);

        Assert.False(await ApiCalls.ObjectExistsAsync(fixture, keys[ids[1]]));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/job-status?job_id={jobId}", Ct)).StatusCode);
        Assert.Empty(await ApiCalls.ObjectKeysAsync(fixture, ids));
    }

    [Fact(Timeout = 120_000)]
    public async Task Another_organization_can_neither_fetch_the_file_nor_delete_the_document()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(owner.ApiKey);
        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);
        var (_, ids) = await ApiCalls.UploadAsync(client, TextPdf.Of("Hello Ada"), "ada.pdf");

        var file = await strangerClient.GetAsync($"/api/documents/{ids[0]}/file", Ct);
        var delete = await strangerClient.DeleteAsync($"/api/documents/{ids[0]}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal("/problems/document-not-found", (await file.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{ids[0]}/file", Ct)).StatusCode);
    }
}
