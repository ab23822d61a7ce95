using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Intake.Extractors.Text;

/// <summary>What a tool that exited with 0 wrote.</summary>
internal sealed record ToolOutput(byte[] StandardOutput, string StandardError)
{
    public string Text => Encoding.UTF8.GetString(StandardOutput);
}

/// <summary>
/// Runs a command-line tool directly (no shell; arguments passed one by one) under a time
/// limit. A run that overruns the limit or is cancelled has its whole process tree killed
/// before this returns, so no tool outlives the document it was reading.
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    /// <exception cref="TextAcquisitionException">
    /// <c>timeout</c> when the time limit passed; <c>tool_failed</c> when the tool is missing or exited non-zero
    /// (its stderr in <see cref="TextAcquisitionException.ToolError"/>).
    /// </exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ToolOutput> RunAsync(
        string tool,
        IEnumerable<string> arguments,
        TimeSpan timeLimit,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var startInfo = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new TextAcquisitionException(
                TextAcquisitionErrorCodes.ToolFailed,
                $"{tool} could not be started ({e.Message}); is it installed and on the PATH?",
                e) { Tool = tool };
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(timeLimit);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var stdout = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(stdout, CancellationToken.None);
        var readingErrors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(stop.Token);

            // A child the tool left running in the background can hold its output open after the
            // tool exits, so the reads, not the exit, are what the limit has to cover.
            await Task.WhenAll(reading, readingErrors).WaitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            PipeWriters.Kill(process.StandardOutput.BaseStream, process.StandardError.BaseStream);
            await Task.WhenAll(reading, readingErrors).WaitAsync(KillGrace, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TextAcquisitionException(
                TextAcquisitionErrorCodes.Timeout,
                $"{tool} did not finish within {timeLimit.TotalSeconds:0.###} s and was stopped; the document may be too large or complex to read in time.")
            { Tool = tool };
        }

        var errors = await readingErrors;
        if (process.ExitCode != 0)
        {
            throw new TextAcquisitionException(
                TextAcquisitionErrorCodes.ToolFailed,
                $"{tool} failed (exit code {process.ExitCode}): {FirstLines(errors)}")
            { Tool = tool, ToolError = errors };
        }

        return new ToolOutput(stdout.ToArray(), errors);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the time limit and the kill.
        }

        process.WaitForExit(KillGrace);
    }

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : string.Join(" ", lines.Take(3));
    }
}
