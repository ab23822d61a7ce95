using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;

namespace Intake.Api.Tests.RateLimits;

/// <summary>
/// Its own application, with two Api replicas and a limit small enough to reach in a few
/// requests (a token every 5 s, bursts of 4); the assembly's shared application keeps the
/// default limit, which no other test comes near.
/// </summary>
public sealed class RateLimitAppFixture : IntakeAppFixture
{
    public const int Burst = 4;

    public const double RequestsPerSecond = 0.2;

    protected override string[] Args => ["Api:Replicas=2", "Processor:Replicas=1"];

    protected override Task ConfigureAsync(DistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("api")
            .WithEnvironment("RateLimits__RequestsPerSecond", RequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RateLimits__Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    /// <summary>A client of one Api replica, with the organization's key.</summary>
    public HttpClient CreateReplicaClient(int replica, string apiKey)
    {
        var client = new HttpClient { BaseAddress = App.GetEndpoint("api", replica: replica) };
        client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        return client;
    }
}
