using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Core.Retention;
using Intake.Core.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Intake.Api.Tests.Documents;

/// <summary>
/// Retention on a clock moved forward: the purge the Processor runs, built here on the application's own
/// Postgres and object store with a fake clock, against documents uploaded through the API.
/// </summary>
public sealed class RetentionTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task Results_go_after_the_organizations_own_retention_and_never_another_organizations()
    {
        var shortLived = await OrganizationAsync(new { resultRetentionDays = 1, deleteFilesAfterDelivery = false });
        var longLived = await OrganizationAsync(new { deleteFilesAfterDelivery = false });
        var (shortDocuments, shortJob) = await UploadTwoAsync(shortLived);
        var (longDocuments, _) = await UploadTwoAsync(longLived);
        var keys = await ApiCalls.ObjectKeysAsync(fixture, [.. shortDocuments, .. longDocuments]);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var purge = Purge(clock);

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(new RetentionResult(0, 0), await purge.Value.PurgeOrganizationAsync(shortLived.Id, Ct));

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(new RetentionResult(0, 2), await purge.Value.PurgeOrganizationAsync(shortLived.Id, Ct));
        Assert.Equal(new RetentionResult(0, 0), await purge.Value.PurgeOrganizationAsync(longLived.Id, Ct));

        using var shortClient = fixture.CreateApiClient(shortLived.ApiKey);
        foreach (var id in shortDocuments)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await shortClient.GetAsync($"/api/documents/{id}", Ct)).StatusCode);
            Assert.False(await ApiCalls.ObjectExistsAsync(fixture, keys[id]));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await shortClient.GetAsync($"/job-status?job_id={shortJob}", Ct)).StatusCode);
        using var longClient = fixture.CreateApiClient(longLived.ApiKey);
        foreach (var id in longDocuments)
        {
            Assert.Equal(HttpStatusCode.OK, (await longClient.GetAsync($"/api/documents/{id}/file", Ct)).StatusCode);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Originals_go_after_seven_days_and_the_file_route_says_410_while_the_results_stay()
    {
        var organization = await OrganizationAsync(new { deleteFilesAfterDelivery = false });
        var (documents, _) = await UploadTwoAsync(organization);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var purge = Purge(clock);

        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(new RetentionResult(0, 0), await purge.Value.PurgeOrganizationAsync(organization.Id, Ct));
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(new RetentionResult(2, 0), await purge.Value.PurgeOrganizationAsync(organization.Id, Ct));

        using var client = fixture.CreateApiClient(organization.ApiKey);
        var gone = await client.GetAsync($"/api/documents/{documents[0]}/file", Ct);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("by retention", (await gone.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{documents[0]}", Ct)).StatusCode);
        // Already purged: a second run finds nothing more to do.
        Assert.Equal(new RetentionResult(0, 0), await purge.Value.PurgeOrganizationAsync(organization.Id, Ct));
    }

    [Fact(Timeout = 120_000)]
    public async Task An_organization_may_keep_originals_for_fewer_days_but_never_more_than_seven()
    {
        var organization = await OrganizationAsync(new { originalRetentionDays = 2, deleteFilesAfterDelivery = false });
        using (var admin = fixture.CreateAdminClient())
        {
            var refused = await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}", new { originalRetentionDays = 8 }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>($"/admin/organizations/{organization.Id}", Ct)).GetProperty("originalRetentionDays").GetInt32());
        }

        await UploadTwoAsync(organization);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var purge = Purge(clock);
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        Assert.Equal(new RetentionResult(2, 0), await purge.Value.PurgeOrganizationAsync(organization.Id, Ct));
    }

    [Fact(Timeout = 120_000)]
    public async Task Purges_running_side_by_side_share_the_work_and_remove_each_document_once()
    {
        var organization = await OrganizationAsync(new { resultRetentionDays = 1, deleteFilesAfterDelivery = false });
        var documents = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            documents.AddRange((await UploadTwoAsync(organization)).Documents);
        }

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromDays(2));
        using var first = Purge(clock, batchSize: 1);
        using var second = Purge(clock, batchSize: 1);

        var results = await Task.WhenAll(
            Task.Run(() => first.Value.PurgeOrganizationAsync(organization.Id, Ct), Ct),
            Task.Run(() => second.Value.PurgeOrganizationAsync(organization.Id, Ct), Ct));

        Assert.Equal(documents.Count, results.Sum(r => r.Documents));
        Assert.Empty(await ApiCalls.ObjectKeysAsync(fixture, [.. documents]));
    }

    private async Task<TestOrganization> OrganizationAsync(object settings)
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var admin = fixture.CreateAdminClient();
        (await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}", settings, Ct)).EnsureSuccessStatusCode();
        return organization;
    }

    private async Task<(Guid[] Documents, Guid Job)> UploadTwoAsync(TestOrganization organization)
    {
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var (jobId, ids) = await ApiCalls.UploadAsync(client, ApiCalls.Zip(("a.pdf", TextPdf.Of("Hello Ada")), ("b.pdf", TextPdf.Of("Hello Grace"))), "two.zip");
        await ApiCalls.FinishedJobAsync(client, jobId);
        return (ids, jobId);
    }

    /// <summary>The purge as the Processor builds it, on its own connections, on <paramref name="clock"/>.</summary>
    private PurgeOnClock Purge(TimeProvider clock, int batchSize = 200)
    {
        var dataSource = NpgsqlDataSource.Create(fixture.App.GetConnectionString("postgres"));
        var s3 = ApiCalls.ObjectStore(fixture);
        var purge = new RetentionPurge(dataSource, s3, Options.Create(new ObjectStoreOptions()), Options.Create(new RetentionOptions { BatchSize = batchSize }), clock);
        return new PurgeOnClock(purge, dataSource, s3);
    }

    private sealed class PurgeOnClock(RetentionPurge purge, NpgsqlDataSource dataSource, IDisposable s3) : IDisposable
    {
        public RetentionPurge Value => purge;

        public void Dispose()
        {
            dataSource.Dispose();
            s3.Dispose();
        }
    }
}
