namespace Intake.Processor.Plugins;

/// <summary>Records the loaded document types at start and after every plugin change.</summary>
public sealed class DocumentTypeRecorder(PluginCatalog catalog, DocumentTypeRegistry registry, ILogger<DocumentTypeRecorder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changed = new SemaphoreSlim(1, 1); // starts signalled: record once at start
        catalog.Changed += () =>
        {
            if (changed.CurrentCount == 0)
            {
                changed.Release();
            }
        };

        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken);
            try
            {
                await registry.SyncAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Postgres away for a moment: try again shortly rather than lose the change.
                logger.LogWarning(ex, "Recording document types failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                if (changed.CurrentCount == 0)
                {
                    changed.Release();
                }
            }
        }
    }
}
