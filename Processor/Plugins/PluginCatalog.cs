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
        System.IO.Directory.CreateDirectory(Directory);
        var present = System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).OfType<string>().ToHashSet();
        foreach (var name in present.Union(_plugins.Keys).Union(_failures.Keys).ToList())
        {
            Refresh(name);
        }
    }

    /// <summary>Brings one folder's plugin up to date with the disk: load, replace or remove it.</summary>
    public void Refresh(string name)
    {
        var folder = Path.Combine(Directory, name);
        LoadedPlugin? loaded = null;
        string? failure = null;
        if (System.IO.Directory.Exists(folder))
        {
            try
            {
                loaded = PluginLoader.Load(folder);
            }
            catch (PluginLoadException ex)
            {
                failure = ex.Message;
                logger.LogWarning(ex, "Skipped plugin folder {Plugin}: {Reason}", name, ex.Message);
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
                string.Join(", ", loaded.Extractors.Select(e => $"{e.DocumentType} {e.Version}")));
        }
        else if (retired is not null)
        {
            logger.LogInformation("Removed plugin {Plugin}", name);
        }

        Changed?.Invoke();
    }

    /// <summary>Every current extractor, held loaded until the returned set is disposed.</summary>
    public ExtractorSet Acquire()
    {
        var set = new ExtractorSet();
        foreach (var plugin in _plugins.Values)
        {
            if (plugin.TryAcquire() is { } lease)
            {
                set.Add(plugin, lease);
            }
        }

        return set;
    }
}
