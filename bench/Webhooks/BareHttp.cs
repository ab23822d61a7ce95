using System.Diagnostics;
using System.Net.Http.Headers;
using Intake.Bench.Ingestion;

namespace Intake.Bench.Webhooks;

/// <summary>
/// Measurement (c): what the receiver and loopback HTTP allow on this machine, without the
/// Notifier: an HttpClient loop POSTing a delivered body's bytes with C requests in flight.
/// </summary>
public sealed class BareHttp(IntakeSession intake, WebhookReceiver receiver)
{
    private const int WarmUpRequests = 500;

    public async Task<BareResult> MeasureAsync(int concurrency, int seconds)
    {
        var body = receiver.SampleBody ?? throw new InvalidOperationException("No webhook arrived, so there is no body to send.");
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        Console.WriteLine($"bare HttpClient: {concurrency} in flight for {seconds} s");
        await RunAsync(client, body, concurrency, TimeSpan.MaxValue, WarmUpRequests);

        var cpu = new ResourceCpu(intake.App);
        var cpuBefore = cpu.Read();
        var clock = Stopwatch.StartNew();
        var (sent, failed) = await RunAsync(client, body, concurrency, TimeSpan.FromSeconds(seconds), int.MaxValue);
        var elapsed = clock.Elapsed;
        var result = new BareResult(concurrency, sent, failed, elapsed, ResourceCpu.Between(cpuBefore, cpu.Read()));
        Console.WriteLine($"bare HttpClient: {result.PerSecond:0} requests/s");
        return result;
    }

    private async Task<(int Succeeded, int Failed)> RunAsync(HttpClient client, byte[] body, int concurrency, TimeSpan duration, int requests)
    {
        var clock = Stopwatch.StartNew();
        var started = 0;
        var succeeded = 0;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref started) <= requests)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(receiver.BareUrl, content);
                Interlocked.Increment(ref response.IsSuccessStatusCode ? ref succeeded : ref failed);
            }
        })));
        return (succeeded, failed);
    }
}

public sealed record BareResult(int Concurrency, int Requests, int Failed, TimeSpan Elapsed, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}
