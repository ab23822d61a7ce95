using Intake.Extractors;
using Intake.Extractors.Testing;
using Intake.Processor.Extraction;
using Intake.Processor.Plugins;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Processor.Tests.Plugins;

public sealed class HotReloadTests : IDisposable
{
    private readonly PluginFolders _plugins = new();

    public void Dispose() => _plugins.Dispose();

    [Fact(Timeout = 60_000)]
    public async Task Plugins_added_replaced_and_removed_while_extractions_run_never_fail_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var watcher = new PluginWatcher(_plugins.Catalog, Microsoft.Extensions.Options.Options.Create(_plugins.Options), NullLogger<PluginWatcher>.Instance);
        await watcher.StartAsync(ct);
        var outcomes = new List<ExtractionOutcome>();
        var explicitOutcomes = new List<ExtractionOutcome>();
        using var stop = new CancellationTokenSource();
        using var stopExplicit = new CancellationTokenSource();
        Task Loop(string? type, List<ExtractionOutcome> into, CancellationToken until) => Task.Run(async () =>
        {
            while (!until.IsCancellationRequested)
            {
                var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Hello Ada"), type, new ExtractionContext(), ct);
                lock (into)
                {
                    into.Add(outcome);
                }
            }
        }, ct);

        // Two classifying loops and, while a version is installed, one naming the type outright:
        // a replacement must never leave a moment in which the type is missing.
        var extracting = new List<Task> { Loop(null, outcomes, stop.Token), Loop(null, outcomes, stop.Token) };
        try
        {
            _plugins.Install("Greeting.V1", "Greeting");
            await WaitFor(() => ReadBy() == "1.0.0", ct);
            extracting.Add(Loop("GREETING", explicitOutcomes, stopExplicit.Token));

            _plugins.Install("Greeting.V2", "Greeting");
            await WaitFor(() => ReadBy() == "2.0.0", ct);
            await stopExplicit.CancelAsync();

            _plugins.Remove("Greeting");
            await WaitFor(() => _plugins.Catalog.Plugins.Count == 0, ct);
            int removedAt;
            lock (outcomes)
            {
                removedAt = outcomes.Count;
            }

            // Once gone, documents come back without a type (not failed).
            await WaitFor(() => { lock (outcomes) { return outcomes.Skip(removedAt).Any(o => o.DocumentType is null); } }, ct);
        }
        finally
        {
            await stop.CancelAsync();
            await stopExplicit.CancelAsync();
            await Task.WhenAll(extracting);
            await watcher.StopAsync(ct);
        }

        lock (explicitOutcomes)
        {
            Assert.NotEmpty(explicitOutcomes);
            Assert.All(explicitOutcomes, o => Assert.False(o.Failed, o.Error?.Message));
        }

        lock (outcomes)
        {
            Assert.DoesNotContain(outcomes, o => o.Failed);
            Assert.Contains(outcomes, o => o.Result?.Fields["readBy"].Value as string == "1.0.0");
            Assert.Contains(outcomes, o => o.Result?.Fields["readBy"].Value as string == "2.0.0");
        }

        string? ReadBy()
        {
            lock (outcomes)
            {
                return outcomes.LastOrDefault()?.Result?.Fields["readBy"].Value as string;
            }
        }
    }

    private static async Task WaitFor(Func<bool> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the plugin change was not picked up within 20 s");
            await Task.Delay(50, ct);
        }
    }
}
