using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Intake.AppHost.Hosting;
using Intake.AppHost.Orchestration;

namespace Intake.AppHost.Tests;

/// <summary>The README's first command, as a developer runs it: start, use, Ctrl+C.</summary>
public sealed class BuildShRunTests
{
    private const int ApiPort = 5080;

    [Fact(Timeout = 300_000)]
    public async Task Build_sh_run_serves_the_api_on_5080_and_stops_cleanly_on_SIGINT()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(PortAllocator.IsFree(ApiPort), "something else listens on 5080; the AppHost would move the Api");

        // Its own session, so SIGINT reaches the whole group as a terminal's Ctrl+C does; and SIGINT's
        // default action restored, as a terminal has it, even if this test runs as a background job
        // (which starts with SIGINT ignored, a disposition every child would inherit).
        var info = new ProcessStartInfo("setsid", ["env", "--default-signal=INT", "./build.sh", "run", "--no-build"])
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var run = Process.Start(info)!;
        var output = new List<string>();
        run.OutputDataReceived += (_, e) => { lock (output) { if (e.Data is not null) output.Add(e.Data); } };
        run.ErrorDataReceived += (_, e) => { lock (output) { if (e.Data is not null) output.Add(e.Data); } };
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        string Output() { lock (output) { return string.Join('\n', output); } }

        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var healthy = false;
            var announced = false;
            for (var deadline = DateTime.UtcNow.AddMinutes(3); !(healthy && announced) && DateTime.UtcNow < deadline && !run.HasExited;)
            {
                try
                {
                    healthy = (await http.GetAsync($"http://localhost:{ApiPort}/health", ct)).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    healthy = false;
                }

                // The table and the development key are printed once every resource is healthy.
                announced = Output().Contains("press Ctrl+C");
                await Task.Delay(250, ct);
            }

            Assert.True(healthy && announced, "the application never came up:\n" + Output());
            Assert.True(Signals.SendToGroup(run.Id, Signals.SIGINT));
            try
            {
                await run.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(90), ct);
            }
            catch (TimeoutException)
            {
                // Say what is still running and what it printed, so a slow stop can be diagnosed.
                Assert.Fail($"build.sh run did not stop within 90 s of SIGINT. Still running:\n{StillRunning()}\nOutput:\n{Output()}");
            }
        }
        finally
        {
            Signals.SendToGroup(run.Id, Signals.SIGKILL);
        }

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:\n{Output()}");
        await WaitUntil(() => !Signals.GroupAlive(run.Id), ct);
        Assert.False(Signals.GroupAlive(run.Id), "processes of build.sh run outlived it");
        // Resources run in sessions of their own: every port the console listed must be free again.
        var ports = Regex.Matches(Output(), @"(?:tcp|http)://(?:localhost|127\.0\.0\.1):(\d+)").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        Assert.True(ports.Contains(ApiPort), "the console did not list the Api on 5080:\n" + Output());
        Assert.All(ports, port => Assert.True(PortAllocator.IsFree(port), $"port {port} is still in use after the stop"));
        Assert.Contains("[apphost] stopped", Output());
    }

    private static string StillRunning() => string.Join('\n', Directory.GetDirectories("/proc")
        .Where(d => int.TryParse(Path.GetFileName(d), out _))
        .Select(d => { try { return $"{Path.GetFileName(d)}: {File.ReadAllText(Path.Combine(d, "cmdline")).Replace('\0', ' ')}"; } catch (IOException) { return ""; } })
        .Where(line => line.Contains(RepositoryRoot.Find(), StringComparison.Ordinal) || line.Contains("AppHost", StringComparison.Ordinal)));

    private static async Task WaitUntil(Func<bool> condition, CancellationToken ct)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100, ct);
        }
    }
}
