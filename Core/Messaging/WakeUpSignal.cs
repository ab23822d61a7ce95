namespace Intake.Core.Messaging;

/// <summary>
/// An in-process "there is work" flag for a polling loop: any number of wakes before the loop
/// looks collapse into one, and the loop sleeps at most its poll interval without one.
/// </summary>
public sealed class WakeUpSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    /// <summary>Returns when woken or after <paramref name="pollInterval"/>; never throws on shutdown.</summary>
    public async Task WaitAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        try
        {
            await _signal.WaitAsync(pollInterval, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public void Dispose() => _signal.Dispose();
}
