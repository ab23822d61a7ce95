using System.Diagnostics;
using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// One OS process started in its own session (via setsid), so that it and every process it
/// spawns (postgres backends, node under npm) form one process group we can signal and
/// kill as a whole, and so that a terminal's Ctrl+C reaches only the AppHost, which then
/// stops resources in order. It starts through resource-guard.sh, which kills the group if
/// the AppHost dies without stopping it: its stdin pipe stays open for exactly that.
/// </summary>
public sealed class ManagedProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long an exited process's output may still take to arrive.</summary>
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(2);

    private static readonly string GuardScript = Path.Combine(AppContext.BaseDirectory, "resource-guard.sh");

    /// <summary>Never written to: it closes when the AppHost exits, however it exits, and the guard reacts.</summary>
    private StreamWriter? _guardPipe;

    private ManagedProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => _exited.Task;

    public static ManagedProcess Start(ProcessSpec spec, IReadOnlyDictionary<string, string> environment, Action<string> onOutput)
    {
        var info = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(GuardScript);
        info.ArgumentList.Add(spec.Command);
        foreach (var arg in spec.Args)
        {
            info.ArgumentList.Add(arg);
        }

        // A resource gets the variables the AppHost gives it, never look-alikes inherited from the
        // AppHost's own environment (a CI-wide OTEL_EXPORTER_OTLP_ENDPOINT, another app's connection strings).
        foreach (var inherited in info.Environment.Keys.Where(IsOwnedByAppHost).ToList())
        {
            info.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var managed = new ManagedProcess(process);
        var outputEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => Read(e.Data, outputEnded);
        process.ErrorDataReceived += (_, e) => Read(e.Data, errorEnded);
        process.Exited += (_, _) =>
        {
            // The exit is seen before the last lines are read, and a resource that failed must report them:
            // the exit counts once both streams have ended, or after a moment if a grandchild holds them open.
            var code = process.ExitCode;
            Task.WhenAny(Task.WhenAll(outputEnded.Task, errorEnded.Task), Task.Delay(OutputDrainLimit))
                .ContinueWith(_ => managed._exited.TrySetResult(code), TaskScheduler.Default);
        };
        process.Start();
        managed._guardPipe = process.StandardInput;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return managed;

        void Read(string? line, TaskCompletionSource ended)
        {
            if (line is null)
            {
                ended.TrySetResult();
            }
            else
            {
                onOutput(line);
            }
        }
    }

    /// <summary>Asks the whole group to stop with <paramref name="signal"/>, then kills what is left after the timeout.</summary>
    public async Task StopAsync(int signal, TimeSpan timeout)
    {
        Signals.SendToGroup(Id, signal);
        await Task.WhenAny(Exited, Task.Delay(timeout));
        await KillGroupAsync();
    }

    /// <summary>SIGKILL to the group until no member is left (grandchildren included).</summary>
    public async Task KillGroupAsync()
    {
        for (var attempt = 0; attempt < 50 && Signals.GroupAlive(Id); attempt++)
        {
            Signals.SendToGroup(Id, Signals.SIGKILL);
            await Task.Delay(100);
        }

        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    private static readonly string[] OwnedVariablePrefixes =
        ["ConnectionStrings__", "services__", "OTEL_", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "Admin__", "Internal__", "Bootstrap__"];

    private static bool IsOwnedByAppHost(string name) =>
        OwnedVariablePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public void Dispose()
    {
        _guardPipe?.Dispose();
        _process.Dispose();
    }
}
