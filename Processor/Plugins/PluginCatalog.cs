using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace Intake.Processor.Plugins;

/// <summary>
/// The plugins loaded now, one per folder under <see cref="PluginOptions.Directory"/>, and the
/// folders that failed to load with their reasons. A folder that changes is loaded again and
/// replaces its old version; if the new version fails, the old one keeps working.
/// </summary>
public sealed class PluginCatalog(IOptions<PluginOptions> options, IHostEnvironment environment, ILogger<PluginCatalog> logger)
{
    private readonly Lock _gate = new();

    // One folder refresh at a time: an older load must never be committed after a newer one.
    private readonly Lock _refreshing = new();
    private ImmutableDictionary<string, LoadedPlugin> _plugins = ImmutableDictionary<string, LoadedPlugin>.Empty;
    private ImmutableDictionary<string, string> _failures = ImmutableDictionary<string, string>.Empty;

    public string Directory { get; } = Path.GetFullPath(options.Value.Directory, environment.ContentRootPath);

    public IReadOnlyCollection<LoadedPlugin> Plugins => _plugins.Values.ToList();

    /// <summary>Folders that could not be loaded, with the reason, for /health and the logs.</summary>
    public IReadOnlyDictionary<string, string> Failures => _failures;

    /// <summary>Raised after a plugin was added, replaced or removed.</summary>
    public event Action? Changed;

    public void LoadAll()
    {
        lock (_refreshing)
        {
            System.IO.Directory.CreateDirectory(Directory);
        var present = System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).OfType<string>().ToHashSet();
            foreach (var name in present.Union(_plugins.Keys).Union(_failures.Keys).ToList())
            {
                Refresh(name);
            }
        }
    }

    /// <summary>Brings one folder's plugin up to date with the disk: load, replace or remove it.</summary>
    public void Refresh(string name)
    {
        lock (_refreshing)
        {
            RefreshUnderLock(name);
        }
    }

    private void RefreshUnderLock(string name)
    {
        var folder = Path.Combine(Directory, name);
        LoadedPlugin? loaded = null;
        string? failure = null;
        if (System.IO.Directory.Exists(folder))
        {
            try
            {
                loaded = PluginLoader.Load(folder);
                failure = ClaimedElsewhere(name, loaded);
            }
            catch (Exception ex)
            {
                failure = ex is PluginLoadException ? ex.Message : $"Plugin '{name}' cannot be loaded: {ex.Message}";
            }

            if (failure is not null)
            {
                loaded?.Retire();
                loaded = null;
                logger.LogWarning("Skipped plugin folder {Plugin}: {Reason}", name, failure);
            }
        }

        LoadedPlugin? retired = null;
        lock (_gate)
        {
            _plugins.TryGetValue(name, out var current);
            if (loaded is not null || failure is null)
            {
                retired = current;
                _plugins = loaded is null ? _plugins.Remove(name) : _plugins.SetItem(name, loaded);
            }

            _failures = failure is null ? _failures.Remove(name) : _failures.SetItem(name, failure);
        }

        retired?.Retire();
        if (loaded is not null)
        {
            logger.LogInformation("Loaded plugin {Plugin}: {Types}", name,
                string.Join(", ", loaded.Extractors.Select(e => $"{e.DocumentType} {e.Descriptor.Version}")));
        }
        else if (retired is not null)
        {
            logger.LogInformation("Removed plugin {Plugin}", name);
        }

        try
        {
            Changed?.Invoke();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A listener of plugin changes failed");
        }
    }

    /// <summary>A document type belongs to one plugin: a second folder claiming it is refused.</summary>
    private string? ClaimedElsewhere(string name, LoadedPlugin candidate)
    {
        var taken = _plugins.Values.Where(p => p.Name != name)
            .SelectMany(p => p.Extractors.Select(e => (e.DocumentType, Plugin: p.Name)))
            .FirstOrDefault(t => candidate.Extractors.Any(e => e.DocumentType == t.DocumentType));
        return taken.Plugin is null ? null : $"Plugin '{name}' cannot be loaded: document type {taken.DocumentType} is already provided by plugin '{taken.Plugin}'.";
    }

    /// <summary>Every current extractor, held loaded until the returned set is disposed.</summary>
    public ExtractorSet Acquire()
    {
        var set = new ExtractorSet();
        // Under the lock a replacement swaps under: every plugin seen is still current, so none is retired yet.
        lock (_gate)
        {
            foreach (var plugin in _plugins.Values)
            {
                if (plugin.TryAcquire() is { } lease)
                {
                    set.Add(plugin, lease);
                }
            }
        }

        return set;
    }
}
