using System.Threading.Channels;

namespace Intake.Processor.Plugins;

/// <summary>Records the loaded document types at start and after every plugin change.</summary>
public sealed class DocumentTypeRecorder(PluginCatalog catalog, DocumentTypeRegistry registry, ILogger<DocumentTypeRecorder> logger) : BackgroundService
{
    // At most one pending "something changed": many changes while a sync runs need one more sync, not many.
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        catalog.Changed += () => _changed.Writer.TryWrite(true);
        _changed.Writer.TryWrite(true); // record once at start

        await foreach (var _ in _changed.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await registry.SyncAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Postgres away for a moment: try again shortly rather than lose the change.
                logger.LogWarning(ex, "Recording document types failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                _changed.Writer.TryWrite(true);
            }
        }
    }
}
