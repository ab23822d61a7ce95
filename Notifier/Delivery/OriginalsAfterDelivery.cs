using System.Text.Json;
using System.Threading.Channels;
using Intake.Core.Documents;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Deletes originals once their <c>document.ready</c> webhook was delivered (<c>deleteFilesAfterDelivery</c>),
/// in batches of whatever was delivered meanwhile, off the delivery's path. What cannot be deleted here
/// (the queue full, the object store down) is left for retention, which deletes every original in the end.
/// </summary>
public sealed class OriginalsAfterDelivery(OriginalFiles originals, ILogger<OriginalsAfterDelivery> logger) : BackgroundService
{
    private const int MaxQueued = 10_000;
    private const int MaxBatch = 500;

    private readonly Channel<DeliveredDocument> _delivered = Channel.CreateBounded<DeliveredDocument>(
        new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Notes a delivered <c>document.ready</c>; its body names the document.</summary>
    public void Delivered(ClaimedDelivery delivery)
    {
        using var body = JsonDocument.Parse(delivery.Body);
        if (body.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("documentId", out var id) && id.TryGetGuid(out var documentId))
        {
            _delivered.Writer.TryWrite(new DeliveredDocument(delivery.OrganizationId, documentId));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<DeliveredDocument>(MaxBatch);
        while (await _delivered.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _delivered.Reader.TryRead(out var document))
            {
                batch.Add(document);
            }

            try
            {
                await originals.DeleteAfterDeliveryAsync(batch, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Deleting {Count} delivered originals failed; retention deletes them later", batch.Count);
            }
        }
    }
}
