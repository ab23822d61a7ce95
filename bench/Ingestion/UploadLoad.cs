using System.Diagnostics;
using System.Net;

namespace Intake.Bench.Ingestion;

/// <summary>
/// Measurement (b): accepted uploads per second of one ~50 KB PDF from C clients at once,
/// with the Processor stopped, so the Api, the object store and Postgres have the machine
/// (less this process, which shares it).
/// </summary>
public sealed class UploadLoad(IntakeSession intake)
{
    private const long FileSize = 50 * 1024;

    /// <summary>Untimed uploads first, so the timed ones do not pay for JIT and cold connection pools.</summary>
    private const int WarmUpRequests = 100;

    public async Task<IReadOnlyList<UploadResult>> MeasureAsync(int requests, IReadOnlyList<int> concurrencies)
    {
        var path = Corpus.InvoiceNear(FileSize);
        var file = await File.ReadAllBytesAsync(path);
        await intake.StopProcessorAsync();
        Console.WriteLine($"uploads: {Path.GetFileName(path)} ({file.Length / 1024} KB), warming up");
        await RunAsync(file, Math.Min(WarmUpRequests, requests), concurrencies.Max());

        var results = new List<UploadResult>();
        foreach (var concurrency in concurrencies)
        {
            Console.WriteLine($"uploads: {requests} with {concurrency} clients");
            results.Add(await RunAsync(file, requests, concurrency));
        }

        return results;
    }

    private async Task<UploadResult> RunAsync(byte[] file, int requests, int concurrency)
    {
        var latencies = new double[requests];
        var statuses = new HttpStatusCode[requests];
        var next = -1;
        var cpu = new ResourceCpu(intake.App);
        var cpuBefore = cpu.Read();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int request;
            while ((request = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                statuses[request] = await SendAsync(file);
                latencies[request] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var elapsed = clock.Elapsed;
        var cpuUsed = ResourceCpu.Between(cpuBefore, cpu.Read());

        var accepted = latencies.Where((_, i) => statuses[i] == HttpStatusCode.Accepted).Order().ToArray();
        var refused = statuses.Where(s => s != HttpStatusCode.Accepted).GroupBy(s => ((int)s).ToString()).ToDictionary(g => g.Key, g => g.Count());
        return new UploadResult(concurrency, requests, accepted.Length, elapsed,
            Percentile(accepted, 0.50), Percentile(accepted, 0.95), Percentile(accepted, 0.99), refused, cpuUsed);
    }

    private async Task<HttpStatusCode> SendAsync(byte[] file)
    {
        try
        {
            return (await Upload.SendAsync(intake.Api, file, "invoice.pdf")).Status;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            // A refused or dropped connection is an upload not accepted, not the end of the run.
            return 0;
        }
    }

    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <param name="Refused">Responses other than 202, by status code (0: no response).</param>
/// <param name="CpuSeconds">CPU each resource, and this load generator, used during the run.</param>
public sealed record UploadResult(
    int Concurrency, int Requests, int Accepted, TimeSpan Elapsed, double? P50Ms, double? P95Ms, double? P99Ms,
    IReadOnlyDictionary<string, int> Refused, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public double PerSecond => Accepted / Elapsed.TotalSeconds;
}
