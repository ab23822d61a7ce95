using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Bench.Webhooks;

/// <summary>
/// The subscriber: Kestrel on a loopback port, in this process, answering 204 at once. It notes
/// when each envelope arrived (<see cref="Stopwatch"/> ticks, the clock commits are timed with)
/// under its <c>data.jobId</c>, which the benchmark made unique per event.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>Where the Notifier delivers: arrivals are recorded.</summary>
    private const string WebhookPath = "/webhooks";

    /// <summary>Where the bare loop posts: the same parsing, nothing recorded.</summary>
    private const string BarePath = "/bare";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, long> _arrivals = new();
    private long _duplicates;
    private byte[]? _sampleBody;

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri WebhookUrl { get; private set; } = null!;

    public Uri BareUrl { get; private set; } = null!;

    /// <summary>Envelopes received more than once (delivery is at least once).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>The bytes of one delivered body, for the bare loop to send.</summary>
    public byte[]? SampleBody => Volatile.Read(ref _sampleBody);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost(WebhookPath, (HttpContext context) => receiver.ReceiveAsync(context, record: true));
        app.MapPost(BarePath, (HttpContext context) => receiver.ReceiveAsync(context, record: false));
        await app.StartAsync();

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        receiver.WebhookUrl = new Uri(address, WebhookPath);
        receiver.BareUrl = new Uri(address, BarePath);
        return receiver;
    }

    /// <summary>When the event of <paramref name="jobId"/> first arrived, in <see cref="Stopwatch"/> ticks.</summary>
    public bool TryGetArrival(string jobId, out long arrivedAt) => _arrivals.TryGetValue(jobId, out arrivedAt);

    /// <summary>How many of <paramref name="jobIds"/> have arrived.</summary>
    public int CountArrived(IEnumerable<string> jobIds) => jobIds.Count(_arrivals.ContainsKey);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context, bool record)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        using var envelope = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        var jobId = envelope.RootElement.GetProperty("data").GetProperty("jobId").GetString()!;
        _ = envelope.RootElement.GetProperty("id").GetGuid();
        if (record)
        {
            if (!_arrivals.TryAdd(jobId, arrivedAt))
            {
                Interlocked.Increment(ref _duplicates);
            }

            Interlocked.CompareExchange(ref _sampleBody, body.ToArray(), null);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
