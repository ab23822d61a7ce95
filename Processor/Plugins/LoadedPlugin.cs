namespace Intake.Processor.Plugins;

/// <summary>
/// A plugin in memory: its extractors, and a count of the extractions using it. A replaced or
/// removed plugin is retired; its context unloads once the last extraction lets go of it.
/// </summary>
public sealed class LoadedPlugin(string name, string folder, PluginLoadContext context, IReadOnlyList<LoadedExtractor> extractors)
{
    private readonly Lock _gate = new();
    private int _leases;
    private bool _retired;
    private IReadOnlyList<LoadedExtractor> _extractors = extractors;

    public string Name { get; } = name;

    public string Folder { get; } = folder;

    /// <summary>Empty once unloaded: nothing may keep the plugin's objects, or its context cannot be collected.</summary>
    public IReadOnlyList<LoadedExtractor> Extractors => _extractors;

    public DateTimeOffset LoadedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Set when the context has been asked to unload; a test watches it to see it collected.</summary>
    public WeakReference ContextReference { get; } = new(context);

    public bool IsUnloaded { get; private set; }

    private PluginLoadContext? Context { get; set; } = context;

    /// <summary>Keeps the plugin loaded until the lease is disposed; null once it is retired.</summary>
    public IDisposable? TryAcquire()
    {
        lock (_gate)
        {
            if (_retired)
            {
                return null;
            }

            _leases++;
            return new Lease(this);
        }
    }

    /// <summary>No new extraction will use it; it unloads when the running ones finish.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            UnloadIfUnused();
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _leases--;
            UnloadIfUnused();
        }
    }

    private void UnloadIfUnused()
    {
        if (_retired && _leases == 0 && Context is { } context)
        {
            Context = null;
            _extractors = [];
            IsUnloaded = true;
            context.Unload();
        }
    }

    private sealed class Lease(LoadedPlugin plugin) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                plugin.Release();
            }
        }
    }
}
