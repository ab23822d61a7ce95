extern alias processor;

using System.Diagnostics;
using processor::Intake.Processor.Jobs;

namespace Intake.Bench.Ingestion;

/// <summary>
/// The tool the Processor runs for a kind of document, run alone on the same files with the
/// same parallelism: the floor the Processor's time is measured against.
/// </summary>
public sealed record BareTool(string Command, Func<string, string[]> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    public static readonly BareTool PdfToText = new("pdftotext", file => ["-bbox-layout", "-enc", "UTF-8", file, "-"], new Dictionary<string, string>());

    // As the Processor runs it: its languages, one thread per tesseract, parallelism from several processes.
    public static readonly BareTool Tesseract = new("tesseract", file => [file, "-", "-l", new JobOptions().OcrLanguages, "tsv"],
        new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });

    /// <summary>Runs the tool once per file, <paramref name="workers"/> at a time.</summary>
    public async Task<BareRun> RunAsync(IReadOnlyList<string> files, int workers)
    {
        // Once untimed, so the first timed run does not pay for a cold page cache and loader.
        await RunOnceAsync(files[0]);
        var runs = new TimeSpan[files.Count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files.Index(), new ParallelOptions { MaxDegreeOfParallelism = workers }, async (file, _) =>
            runs[file.Index] = await RunOnceAsync(file.Item));
        return new BareRun(clock.Elapsed, TimeSpan.FromTicks((long)runs.Average(r => r.Ticks)));
    }

    private async Task<TimeSpan> RunOnceAsync(string file)
    {
        var started = Stopwatch.GetTimestamp();
        var start = new ProcessStartInfo(Command, Arguments(file)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        // Read everything, as the Processor does, or the tool blocks on a full pipe.
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        await Task.WhenAll(output, errors, process.WaitForExitAsync());
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Command} {Path.GetFileName(file)} exited with {process.ExitCode}: {errors.Result}");
        }

        return Stopwatch.GetElapsedTime(started);
    }
}

/// <param name="Elapsed">Wall time of the whole set.</param>
/// <param name="MeanRun">One run's mean wall time.</param>
/// <param name="Passes">Each pass's wall time, when this is the mean of several passes over the set.</param>
public sealed record BareRun(TimeSpan Elapsed, TimeSpan MeanRun, IReadOnlyList<TimeSpan>? Passes = null)
{
    /// <summary>The mean of passes over the same set, each one's wall time kept.</summary>
    public static BareRun Mean(params BareRun[] runs) => new(
        TimeSpan.FromTicks((long)runs.Average(r => r.Elapsed.Ticks)),
        TimeSpan.FromTicks((long)runs.Average(r => r.MeanRun.Ticks)),
        runs.Select(r => r.Elapsed).ToList());
}
