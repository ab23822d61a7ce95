using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Api.Tests.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on the upload routes: a retry gets the first answer and creates nothing,
/// another request with the key is refused, and the key frees up after its lifetime.
/// </summary>
// One collection: the concurrency tests hold back key inserts, which the others make too.
[Collection(IdempotencyCalls.Collection)]
public sealed class IdempotencyKeyTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string?> ProblemTypeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString();

    [Fact(Timeout = 120_000)]
    public async Task A_retried_upload_gets_the_first_answer_byte_for_byte_and_creates_no_job_document_or_event()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var key = Guid.NewGuid().ToString();
        var pdf = TextPdf.Of("Hello Ada");

        var first = await IdempotencyCalls.UploadAsync(client, key, pdf);
        var afterFirst = await IdempotencyCalls.CountsAsync(fixture, organization.Id);
        var retry = await IdempotencyCalls.UploadAsync(client, key, pdf);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Ct), await retry.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(first.Content.Headers.ContentType, retry.Content.Headers.ContentType);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal((1L, 1L, 1L), afterFirst);
        Assert.Equal(afterFirst, await IdempotencyCalls.CountsAsync(fixture, organization.Id));
        Assert.Equal(1, await IdempotencyCalls.OriginalsAsync(fixture, organization.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_retried_process_job_replays_its_snake_case_answer_and_another_organization_may_use_the_same_key()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var other = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        using var otherClient = fixture.CreateApiClient(other.ApiKey);
        var key = Guid.NewGuid().ToString();
        var body = new { actual_image = Convert.ToBase64String(TextPdf.Of("Hello Ada")), file_name = "ada.pdf", static_values = new { po = "42" } };

        var first = await PostProcessJobAsync(client, key, body);
        var retry = await PostProcessJobAsync(client, key, body);
        var elsewhere = await PostProcessJobAsync(otherClient, key, body);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var firstBody = await first.Content.ReadAsStringAsync(Ct);
        Assert.Equal(firstBody, await retry.Content.ReadAsStringAsync(Ct));
        Assert.Contains("\"job_id\"", firstBody);
        Assert.Equal(HttpStatusCode.Accepted, elsewhere.StatusCode);
        Assert.False(elsewhere.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal((1L, 1L, 1L), await IdempotencyCalls.CountsAsync(fixture, organization.Id));
        Assert.Equal((1L, 1L, 1L), await IdempotencyCalls.CountsAsync(fixture, other.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_key_used_again_for_another_file_or_route_gets_422_and_creates_nothing()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var key = Guid.NewGuid().ToString();
        await IdempotencyCalls.UploadAsync(client, key, TextPdf.Of("Hello Ada"));

        var otherFile = await IdempotencyCalls.UploadAsync(client, key, TextPdf.Of("Hello Grace"));
        var otherName = await IdempotencyCalls.UploadAsync(client, key, TextPdf.Of("Hello Ada"), "grace.pdf");
        var otherRoute = await PostProcessJobAsync(client, key, new { actual_image = Convert.ToBase64String(TextPdf.Of("Hello Ada")), file_name = "ada.pdf" });

        foreach (var refused in new[] { otherFile, otherName, otherRoute })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("/problems/idempotency-key-reused", await ProblemTypeAsync(refused));
        }

        Assert.Equal((1L, 1L, 1L), await IdempotencyCalls.CountsAsync(fixture, organization.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_key_older_than_its_24_hour_lifetime_makes_a_new_job()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var key = Guid.NewGuid().ToString();
        var pdf = TextPdf.Of("Hello Ada");
        var first = await (await IdempotencyCalls.UploadAsync(client, key, pdf)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        await IdempotencyCalls.AgeKeyAsync(fixture, organization.Id, key, TimeSpan.FromHours(25));

        var later = await IdempotencyCalls.UploadAsync(client, key, pdf);
        var retry = await IdempotencyCalls.UploadAsync(client, key, pdf);

        Assert.Equal(HttpStatusCode.Accepted, later.StatusCode);
        Assert.False(later.Headers.Contains("Idempotent-Replayed"));
        var laterJob = (await later.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("jobId").GetGuid();
        Assert.NotEqual(first.GetProperty("jobId").GetGuid(), laterJob);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(laterJob, (await retry.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("jobId").GetGuid());
        Assert.Equal((2L, 2L, 1L), await IdempotencyCalls.CountsAsync(fixture, organization.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_key_longer_than_255_characters_gets_400_and_creates_nothing()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await IdempotencyCalls.UploadAsync(client, new string('k', 256), TextPdf.Of("Hello Ada"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/problems/invalid-idempotency-key", await ProblemTypeAsync(response));
        Assert.Equal((0L, 0L, 0L), await IdempotencyCalls.CountsAsync(fixture, organization.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task Expired_keys_are_deleted_by_the_cleanup()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var key = Guid.NewGuid().ToString();
        await IdempotencyCalls.UploadAsync(client, key, TextPdf.Of("Hello Ada"));

        await IdempotencyCalls.AgeKeyAsync(fixture, organization.Id, key, TimeSpan.FromHours(25));

        await Eventually.Until(() => IdempotencyCalls.CountsAsync(fixture, organization.Id), counts => counts.Keys == 0, Ct, timeoutSeconds: 30);
    }

    private static Task<HttpResponseMessage> PostProcessJobAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/process-job") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request, Ct);
    }
}
