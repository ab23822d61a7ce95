using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Api.Tests.Documents;

namespace Intake.Api.Tests;

/// <summary><c>GET /api/usage</c>: this month's pages against the quota, counted as documents are processed.</summary>
public sealed class UsageApiTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task Usage_counts_the_pages_processed_this_month_against_the_quota()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using (var admin = fixture.CreateAdminClient())
        {
            (await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}", new { monthlyPageQuota = 8 }, Ct)).EnsureSuccessStatusCode();
        }

        using var client = fixture.CreateApiClient(organization.ApiKey);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/usage", Ct);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture), before.GetProperty("month").GetString());
        Assert.Equal(0, before.GetProperty("pagesUsed").GetInt32());
        Assert.Equal(8, before.GetProperty("quota").GetInt32());
        Assert.Equal(0, before.GetProperty("percent").GetDouble());

        var (jobId, _) = await ApiCalls.UploadAsync(client, ApiCalls.Zip(("a.pdf", TextPdf.Of("Hello Ada")), ("b.pdf", TextPdf.Of("Hello Grace"))), "two.zip");
        await ApiCalls.FinishedJobAsync(client, jobId);

        var after = await client.GetFromJsonAsync<JsonElement>("/api/usage", Ct);
        Assert.Equal(2, after.GetProperty("pagesUsed").GetInt32());
        Assert.Equal(25.0, after.GetProperty("percent").GetDouble());
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);
        Assert.Equal(0, (await strangerClient.GetFromJsonAsync<JsonElement>("/api/usage", Ct)).GetProperty("pagesUsed").GetInt32());
    }
}
