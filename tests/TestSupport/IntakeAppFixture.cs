using System.Net.Http.Json;
using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;
using Xunit;

namespace Intake.Testing;

/// <summary>
/// The whole application, started once per test assembly from the AppHost's own Program
/// (random ports, temp data, two processor replicas), and stopped with every process on
/// disposal. Tests make their own organization with <see cref="CreateOrganizationAsync"/>.
/// </summary>
public class IntakeAppFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The application has not started.");

    /// <summary>AppHost configuration for this assembly's application.</summary>
    protected virtual string[] Args => ["Processor:Replicas=2"];

    /// <summary>Adjusts declared resources before the application is built (extra variables, say).</summary>
    protected virtual Task ConfigureAsync(DistributedApplicationTestingBuilder builder) => Task.CompletedTask;

    public virtual async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(Args, timeout.Token);
        await ConfigureAsync(builder);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    public HttpClient CreateApiClient(string? apiKey = null)
    {
        var client = App.CreateHttpClient("api");
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }

        return client;
    }

    public HttpClient CreateAdminClient() => CreateApiClient(App.Options.Secrets.AdminApiKey);

    /// <summary>A fresh organization with one key, so a test sees only its own data.</summary>
    public async Task<TestOrganization> CreateOrganizationAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        using var admin = CreateAdminClient();
        var created = await admin.PostAsJsonAsync("/admin/organizations", new { name = name ?? $"test-{Guid.NewGuid():N}" }, cancellationToken);
        created.EnsureSuccessStatusCode();
        var organization = (await created.Content.ReadFromJsonAsync<OrganizationBody>(cancellationToken))!;
        var issued = await admin.PostAsJsonAsync($"/admin/organizations/{organization.Id}/api-keys", new { name = "test" }, cancellationToken);
        issued.EnsureSuccessStatusCode();
        var key = (await issued.Content.ReadFromJsonAsync<IssuedKeyBody>(cancellationToken))!;
        return new TestOrganization(organization.Id, key.Id, key.Key);
    }

    private sealed record OrganizationBody(Guid Id);

    private sealed record IssuedKeyBody(string Id, string Key);
}

public sealed record TestOrganization(Guid Id, string KeyId, string ApiKey);
