using System.Collections.Concurrent;

namespace Intake.Processor.Plugins;

/// <summary>
/// Loads the plugins at start and follows the plugins folder while the Processor runs: a
/// folder added, replaced or removed is picked up once its files have been quiet for the
/// debounce time (a copy arrives file by file).
/// </summary>
public sealed class PluginWatcher(PluginCatalog catalog, Microsoft.Extensions.Options.IOptions<PluginOptions> options, ILogger<PluginWatcher> logger)
    : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new();
    private FileSystemWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(catalog.Directory);
        _watcher = new FileSystemWatcher(catalog.Directory) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Created += (_, e) => Schedule(e.FullPath);
        _watcher.Changed += (_, e) => Schedule(e.FullPath);
        _watcher.Deleted += (_, e) => Schedule(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Schedule(e.OldFullPath);
            Schedule(e.FullPath);
        };
        _watcher.Error += (_, e) =>
        {
            // Events were lost (too many at once): look at every folder again.
            logger.LogWarning(e.GetException(), "Plugin folder watch overflowed; reloading all plugins");
            try
            {
                catalog.LoadAll();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Reloading all plugins failed");
            }
        };

        // Watch first, then load: a change during the first load is then seen, not lost.
        _watcher.EnableRaisingEvents = true;
        catalog.LoadAll();
        logger.LogInformation("Watching {Directory} for plugins", catalog.Directory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        foreach (var pending in _pending.Values)
        {
            pending.Cancel();
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();

    private void Schedule(string path)
    {
        var relative = Path.GetRelativePath(catalog.Directory, path);
        var name = relative.Split(Path.DirectorySeparatorChar)[0];
        if (name is "." or ".." || name.StartsWith('.'))
        {
            return;
        }

        var debounce = new CancellationTokenSource();
        _pending.AddOrUpdate(name, debounce, (_, previous) =>
        {
            previous.Cancel();
            return debounce;
        });

        _ = Task.Delay(options.Value.ReloadDebounce, debounce.Token).ContinueWith(t =>
        {
            if (t.IsCanceled || !_pending.TryRemove(KeyValuePair.Create(name, debounce)))
            {
                return;
            }

            try
            {
                catalog.Refresh(name);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Reloading plugin {Plugin} failed", name);
            }
        }, TaskScheduler.Default);
    }
}
