using System.Net;

namespace Intake.Api.Tests.Idempotency;

/// <summary>
/// Several requests with one <c>Idempotency-Key</c> at once: the primary key on (organization,
/// key) picks one winner; the others create nothing, remove the files they stored, and replay its answer.
/// </summary>
// One collection: the concurrency tests hold back key inserts, which the others make too.
[Collection(IdempotencyCalls.Collection)]
public sealed class IdempotencyConcurrencyTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task Five_concurrent_uploads_with_one_key_create_exactly_one_job_and_all_get_its_answer()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var key = Guid.NewGuid().ToString();
        var pdf = TextPdf.Of("Hello Ada");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => IdempotencyCalls.UploadAsync(client, key, pdf)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Single(responses, r => !r.Headers.Contains("Idempotent-Replayed"));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(Ct)));
        Assert.Single(bodies.Distinct());
        Assert.Equal((1L, 1L, 1L), await IdempotencyCalls.CountsAsync(fixture, organization.Id));
        Assert.Equal(1, await IdempotencyCalls.OriginalsAsync(fixture, organization.Id));
    }

    [Fact(Timeout = 120_000)]
    public async Task Concurrent_uploads_that_all_reach_the_insert_leave_one_job_and_one_stored_file_and_all_get_the_winners_answer()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var key = Guid.NewGuid().ToString();
        var pdf = TextPdf.Of("Hello Ada");
        HttpResponseMessage[] responses;
        await using (var blocker = await IdempotencyCalls.BlockKeyInsertsAsync(fixture))
        {
            var uploads = Enumerable.Range(0, 5).Select(_ => IdempotencyCalls.UploadAsync(client, key, pdf)).ToList();
            await Eventually.Until(() => IdempotencyCalls.WaitingKeyInsertsAsync(fixture), waiting => waiting >= 5, Ct);
            await blocker.CloseAsync();
            responses = await Task.WhenAll(uploads);
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(4, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Single((await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(Ct)))).Distinct());
        Assert.Equal((1L, 1L, 1L), await IdempotencyCalls.CountsAsync(fixture, organization.Id));
        Assert.Equal(1, await IdempotencyCalls.OriginalsAsync(fixture, organization.Id));
    }
}
