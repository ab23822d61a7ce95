using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Api.Tests.RateLimits;

/// <summary>A token bucket per API key, shared by the Api replicas through Redis, and kept by each replica while Redis is down.</summary>
public sealed class RateLimitTests(RateLimitAppFixture fixture) : IClassFixture<RateLimitAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task Requests_past_the_burst_get_429_rate_limited_with_Retry_After_in_whole_seconds()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateReplicaClient(0, organization.ApiKey);

        var responses = await SendAsync([client], RateLimitAppFixture.Burst + 2);

        Assert.All(responses.Take(RateLimitAppFixture.Burst), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var limited = responses[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, (int)Math.Ceiling(1 / RateLimitAppFixture.RequestsPerSecond));
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/rate-limited", problem.GetProperty("type").GetString());
        Assert.Contains("retry after", problem.GetProperty("error").GetString());

        // Counted per key: the organization's second key has its own bucket.
        using var otherKey = fixture.CreateReplicaClient(0, await IssueKeyAsync(organization.Id));
        Assert.Equal(HttpStatusCode.OK, (await otherKey.GetAsync("/api/usage", Ct)).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_limit_holds_across_two_Api_replicas_taking_turns()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var first = fixture.CreateReplicaClient(0, organization.ApiKey);
        using var second = fixture.CreateReplicaClient(1, organization.ApiKey);
        await WaitForRedisAsync();

        var responses = await SendAsync([first, second], RateLimitAppFixture.Burst * 3);

        // Counted per replica, each would let its own burst through: twice as many.
        var allowed = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.InRange(allowed, RateLimitAppFixture.Burst, RateLimitAppFixture.Burst + 1);
        Assert.Equal(responses.Count - allowed, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Contains(responses.Where((_, i) => i % 2 == 1), r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Contains(responses.Where((_, i) => i % 2 == 0), r => r.StatusCode == HttpStatusCode.TooManyRequests);
    }

    [Fact(Timeout = 120_000)]
    public async Task With_Redis_down_requests_still_succeed_and_each_replica_limits_on_its_own()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var first = fixture.CreateReplicaClient(0, organization.ApiKey);
        using var second = fixture.CreateReplicaClient(1, organization.ApiKey);

        await fixture.App.StopResourceAsync("redis");
        try
        {
            // One replica after the other: each lets its own burst through, which a shared count would not.
            foreach (var client in new[] { first, second })
            {
                var responses = await SendAsync([client], RateLimitAppFixture.Burst + 2);

                Assert.All(responses.Take(RateLimitAppFixture.Burst), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
                Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
                Assert.True(int.Parse(responses[^1].Headers.GetValues("Retry-After").Single()) >= 1);
            }
        }
        finally
        {
            await fixture.App.StartResourceAsync("redis", Ct);
        }
    }

    private async Task<string> IssueKeyAsync(Guid organizationId)
    {
        using var admin = fixture.CreateAdminClient();
        var issued = await admin.PostAsJsonAsync($"/admin/organizations/{organizationId}/api-keys", new { name = "second" }, Ct);
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("key").GetString()!;
    }

    /// <summary>Sends one cheap authenticated request after another, taking the clients in turn.</summary>
    private static async Task<List<HttpResponseMessage>> SendAsync(HttpClient[] clients, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
        {
            responses.Add(await clients[i % clients.Length].GetAsync("/api/usage", Ct));
        }

        return responses;
    }

    /// <summary>After another test stopped Redis, both replicas must be connected again before counting in Redis is tested.</summary>
    private async Task WaitForRedisAsync()
    {
        for (var replica = 0; replica < 2; replica++)
        {
            using var http = new HttpClient { BaseAddress = fixture.App.GetEndpoint("api", replica: replica) };
            await Eventually.Until(async () =>
            {
                using var response = await http.GetAsync("/health", Ct);
                return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checks").GetProperty("redis").GetProperty("status").GetString();
            }, status => status == "Healthy", Ct);
        }
    }
}
