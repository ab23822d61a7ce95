using System.Net.Http.Json;
using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;
using Npgsql;

namespace Intake.Bench.Ingestion;

/// <summary>
/// The whole application started from the AppHost's own Program, as the integration tests
/// start it (random ports, temp data), with one organization whose quota no run exhausts.
/// </summary>
public sealed class IntakeSession : IAsyncDisposable
{
    /// <summary>The Processor's <c>Jobs:Concurrency</c> default: documents one replica works on at once.</summary>
    private const int JobsPerReplica = 2;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private IntakeSession(DistributedApplication app, Guid organizationId, string apiKey)
    {
        App = app;
        OrganizationId = organizationId;
        Api = app.CreateHttpClient("api");
        Api.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        Database = NpgsqlDataSource.Create(app.GetConnectionString("postgres"));
    }

    public DistributedApplication App { get; }

    public Guid OrganizationId { get; }

    /// <summary>The Api, authenticated as the organization.</summary>
    public HttpClient Api { get; }

    public NpgsqlDataSource Database { get; }

    /// <summary>Documents the Processor works on at once: the parallelism the bare tools get too.</summary>
    public int ProcessorWorkers => App.Resources.Single(r => r.Name == "processor").Replicas * JobsPerReplica;

    public static async Task<IntakeSession> StartAsync(string[] appHostArgs)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        Console.WriteLine("starting the application");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(appHostArgs, timeout.Token);
        // One key sends every upload here; the per-key rate limit would measure itself, not the Api.
        builder.CreateResourceBuilder<ProjectResource>("api")
            .WithEnvironment("RateLimits__RequestsPerSecond", "100000")
            .WithEnvironment("RateLimits__Burst", "100000");
        var app = await builder.BuildAsync(timeout.Token);
        try
        {
            await app.StartAsync(timeout.Token);
            var (organizationId, apiKey) = await CreateOrganizationAsync(app);
            return new IntakeSession(app, organizationId, apiKey);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public Task StopProcessorAsync() => App.StopResourceAsync("processor");

    /// <summary>Returns once every Processor replica is healthy.</summary>
    public Task StartProcessorAsync() => App.StartResourceAsync("processor");

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Database.DisposeAsync();
        await App.DisposeAsync();
    }

    private static async Task<(Guid OrganizationId, string ApiKey)> CreateOrganizationAsync(DistributedApplication app)
    {
        using var admin = app.CreateHttpClient("api");
        admin.DefaultRequestHeaders.Add("X-API-Key", app.Options.Secrets.AdminApiKey);
        var created = await admin.PostAsJsonAsync("/admin/organizations", new { name = $"bench-{Guid.NewGuid():N}" });
        created.EnsureSuccessStatusCode();
        var organization = (await created.Content.ReadFromJsonAsync<OrganizationBody>())!;
        // Every upload counts its pages against the monthly quota; a run sends thousands.
        (await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}", new { monthlyPageQuota = 1_000_000 })).EnsureSuccessStatusCode();
        var issued = await admin.PostAsJsonAsync($"/admin/organizations/{organization.Id}/api-keys", new { name = "bench" });
        issued.EnsureSuccessStatusCode();
        return (organization.Id, (await issued.Content.ReadFromJsonAsync<IssuedKeyBody>())!.Key);
    }

    private sealed record OrganizationBody(Guid Id);

    private sealed record IssuedKeyBody(string Key);
}
