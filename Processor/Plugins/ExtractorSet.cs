namespace Intake.Processor.Plugins;

/// <summary>
/// The extractors one document may use, with leases that keep their plugins loaded. Plugin
/// calls that outlive their time limit keep running (a thread cannot be aborted), so the
/// leases are released only when every tracked call has really ended.
/// </summary>
public sealed class ExtractorSet : IDisposable
{
    private readonly List<(LoadedPlugin Plugin, IDisposable Lease)> _plugins = [];
    private readonly List<Task> _calls = [];

    public IEnumerable<LoadedExtractor> Extractors => _plugins.SelectMany(p => p.Plugin.Extractors);

    internal void Add(LoadedPlugin plugin, IDisposable lease) => _plugins.Add((plugin, lease));

    /// <summary>A plugin call that must finish before the plugins may unload.</summary>
    public void Track(Task call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }
    }

    public void Dispose()
    {
        Task[] calls;
        lock (_calls)
        {
            calls = [.. _calls];
        }

        Task.WhenAll(calls).ContinueWith(
            _ => _plugins.ForEach(p => p.Lease.Dispose()), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }
}
