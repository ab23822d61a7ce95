using System.Net;

namespace Intake.Bench.Ingestion;

/// <summary>
/// Measurement (a): how fast the Processor works through documents already uploaded, against
/// the bare tool on the same files with the same parallelism. Each set is its own phase, so
/// the PDFs' ratio and the images' are each clean: stop the Processor, upload the set, start
/// the Processor, wait for every document.
/// </summary>
public sealed class ProcessorThroughput(IntakeSession intake)
{
    /// <summary>Generous: a receipt takes seconds of OCR; a stuck pipeline should still end the run.</summary>
    private static readonly TimeSpan TimePerDocument = TimeSpan.FromSeconds(30);

    public async Task<ThroughputResult> MeasureAsync(DocumentSet set)
    {
        var workers = intake.ProcessorWorkers;
        // Bare tools first, with the Processor stopped, so nothing else competes for the cores.
        await intake.StopProcessorAsync();
        Console.WriteLine($"{set.Name}: {set.Files.Count} documents, bare {set.Tool.Command} with {workers} workers");
        var bareBefore = await set.Tool.RunAsync(set.Files, workers);

        Console.WriteLine($"{set.Name}: uploading with the Processor stopped");
        var documents = await UploadAllAsync(set.Files);
        var cpu = new ResourceCpu(intake.App);
        // After a burst of uploads the Api spends seconds re-compiling its hot paths (tiered JIT, seen on its
        // ".NET Tiered Compilation" thread); that is the uploads' cost, not the Processor's, so it is let finish.
        var settled = await SettleAsync(cpu);
        Console.WriteLine($"{set.Name}: the application settled in {settled.TotalSeconds:0.0} s");
        // Read with the Processor stopped: its CPU from here on includes its start-up.
        var cpuBefore = cpu.Read();
        await intake.StartProcessorAsync();
        var healthyAt = DateTime.UtcNow;
        Console.WriteLine($"{set.Name}: Processor healthy; waiting for every document");

        var progress = new ProcessingProgress(intake.Database, intake.OrganizationId);
        await progress.WaitUntilFinishedAsync(documents, TimePerDocument * documents.Count);
        var cpuUsed = ResourceCpu.Between(cpuBefore, cpu.Read());
        var (firstStarted, lastFinished, meanDocument) = await progress.ReadWindowAsync(documents);
        // The second half runs on a Processor whose code is compiled and whose pools are full: its steady pace.
        var halfwayFinished = await progress.ReadFinishedAtAsync(documents, Math.Max(0, documents.Count / 2 - 1));
        var failures = await progress.ReadFailuresAsync(documents);
        await intake.StopProcessorAsync();
        // Timed again after the Processor, with it stopped and the application quiet as before the first pass: this
        // machine's speed drifts by a fifth over minutes, and the mean of a pass before and one after keeps that drift out of the ratio.
        await SettleAsync(cpu);
        Console.WriteLine($"{set.Name}: bare {set.Tool.Command} again");
        var bare = BareRun.Mean(bareBefore, await set.Tool.RunAsync(set.Files, workers));

        return new ThroughputResult(
            documents.Count, workers, lastFinished - firstStarted, lastFinished - healthyAt, lastFinished - halfwayFinished, meanDocument, bare, failures,
            cpuUsed, settled);
    }

    /// <summary>Waits until the application's processes together use under a tenth of a core, for at most 30 s.</summary>
    private static async Task<TimeSpan> SettleAsync(ResourceCpu cpu)
    {
        var interval = TimeSpan.FromMilliseconds(500);
        var started = DateTime.UtcNow;
        var before = cpu.Read();
        while (DateTime.UtcNow - started < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(interval);
            var now = cpu.Read();
            var busy = ResourceCpu.Between(before, now).Where(r => r.Key is not (ResourceCpu.Benchmark or ResourceCpu.Outside)).Sum(r => r.Value);
            before = now;
            if (busy < 0.1 * interval.TotalSeconds)
            {
                break;
            }
        }

        return DateTime.UtcNow - started;
    }

    private async Task<IReadOnlyList<Guid>> UploadAllAsync(IReadOnlyList<string> files)
    {
        var documents = new List<Guid>(files.Count);
        foreach (var file in files)
        {
            var (status, document) = await Upload.SendAsync(intake.Api, await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            documents.Add(status == HttpStatusCode.Accepted
                ? document!.Value
                : throw new InvalidOperationException($"Uploading {Path.GetFileName(file)} answered {(int)status}."));
        }

        return documents;
    }
}

/// <param name="Processor">From the first document's start to the last one's end.</param>
/// <param name="SinceHealthy">From the moment the started Processor was healthy to the last document's end.</param>
/// <param name="SecondHalf">From the moment half the documents were finished to the last one's end: the warm Processor's pace.</param>
/// <param name="MeanDocument">The Processor's own processing time of one document (processing_time_ms), mean.</param>
/// <param name="Bare">The bare tool over the same files with <paramref name="Workers"/> at a time.</param>
/// <param name="CpuSeconds">CPU each resource used from the Processor's start to the last document's end.</param>
/// <param name="Settled">How long the application took, after the uploads, to go quiet before the Processor was started.</param>
public sealed record ThroughputResult(
    int Documents, int Workers, TimeSpan Processor, TimeSpan SinceHealthy, TimeSpan SecondHalf, TimeSpan MeanDocument, BareRun Bare,
    IReadOnlyDictionary<string, int> Failures, IReadOnlyDictionary<string, double> CpuSeconds, TimeSpan Settled)
{
    public double ProcessorDocsPerSecond => Documents / Processor.TotalSeconds;

    /// <summary>The second half's documents over its time; no figure from a set too small to halve.</summary>
    public double? SecondHalfDocsPerSecond => Documents >= 4 && SecondHalf > TimeSpan.Zero ? (Documents - Documents / 2) / SecondHalf.TotalSeconds : null;

    public double? SecondHalfRatio => SecondHalfDocsPerSecond / BareDocsPerSecond;

    public double BareDocsPerSecond => Documents / Bare.Elapsed.TotalSeconds;

    public double Ratio => ProcessorDocsPerSecond / BareDocsPerSecond;

    public int Failed => Failures.Values.Sum();
}
