using Intake.Core.Messaging;

namespace Intake.Notifier.Delivery;

/// <summary>Wakes this Notifier's delivery worker when the dispatcher or a resend made deliveries due.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly WakeUpSignal _signal = new();

    public void Wake() => _signal.Wake();

    public Task WaitAsync(TimeSpan pollInterval, CancellationToken stoppingToken) => _signal.WaitAsync(pollInterval, stoppingToken);

    public void Dispose() => _signal.Dispose();
}
