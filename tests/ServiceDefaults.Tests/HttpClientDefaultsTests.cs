using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace Intake.ServiceDefaults.Tests;

/// <summary>The HttpClient defaults every service gets, against a real server on loopback.</summary>
public sealed class HttpClientDefaultsTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private IHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:echo:http:0"] = _server.Url.ToString(),
            // One replica down (nothing listens on its port), one up.
            ["services:pair:http:0"] = $"http://127.0.0.1:{ClosedLoopbackPort()}/",
            ["services:pair:http:1"] = _server.Url.ToString(),
        });
        builder.AddServiceDefaults();
        // The schedule is the package's; only the waits are shortened so the test is quick.
        builder.Services.PostConfigureAll<HttpStandardResilienceOptions>(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1));
        builder.Services.AddHttpClient("plain");
        builder.Services.AddHttpClient("own-policy").WithoutDefaultResilience();
        _host = builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
    }

    private HttpClient Client(string name) => _host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    [Fact]
    public async Task A_service_name_resolves_from_the_services_variables()
    {
        var response = await Client("plain").GetAsync("http://echo/ping", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_server.Requests, r => r.Path == "/ping");
    }

    [Fact]
    public async Task An_idempotent_request_is_retried_on_a_server_error()
    {
        _server.Status = 503;

        var response = await Client("plain").GetAsync($"{_server.Url}get", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1 + new HttpRetryStrategyOptions().MaxRetryAttempts, _server.Requests.Count(r => r.Path == "/get"));
    }

    [Fact]
    public async Task A_post_is_never_retried()
    {
        _server.Status = 503;

        await Client("plain").PostAsync($"{_server.Url}post", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Single(_server.Requests, r => r.Path == "/post");
    }

    [Fact]
    public async Task A_post_that_could_not_connect_is_retried_on_the_next_replica()
    {
        // Round robin: of two requests, one goes to the replica that is down first.
        for (var i = 0; i < 2; i++)
        {
            var response = await Client("plain").PostAsync("http://pair/post", new StringContent("{}"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/post"));
    }

    [Fact]
    public async Task A_client_that_opts_out_has_no_retries()
    {
        _server.Status = 503;

        await Client("own-policy").GetAsync($"{_server.Url}own", TestContext.Current.CancellationToken);

        Assert.Single(_server.Requests, r => r.Path == "/own");
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
