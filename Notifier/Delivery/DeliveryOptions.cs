namespace Intake.Notifier.Delivery;

/// <summary>Section <c>Delivery</c>: how webhooks are sent, retried and given up on.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>An attempt succeeds on a 2xx within this time (DESIGN.md: 10 s); tests make it short.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The waits before each retry (DESIGN.md: 30 s, 2 min, 15 min, 1 h, 4 h), each with ±10 % jitter.</summary>
    public TimeSpan[] RetryDelays { get; set; } = [];

    /// <summary>How long a subscription may fail with no success before it is disabled.</summary>
    public TimeSpan DisableAfterFailing { get; set; } = TimeSpan.FromHours(72);

    /// <summary>Deliveries in flight at once in one Notifier.</summary>
    public int MaxInFlight { get; set; } = 256;

    /// <summary>Deliveries in flight at once to one endpoint (scheme, host and port), so a slow one cannot take every slot.</summary>
    public int MaxInFlightPerEndpoint { get; set; } = 32;

    /// <summary>How long a delivery waits for a slot of its endpoint before it goes back to the queue (the endpoint is slow or hanging).</summary>
    public TimeSpan EndpointBusyWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed delivery is held; a crashed Notifier's deliveries are taken over after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often due deliveries and undispatched events are looked for without a wake-up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long fan-out waits after a wake-up, so the events of a burst of commits go out in one transaction.</summary>
    public TimeSpan DispatchCoalesce { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Outbox events fanned out per transaction.</summary>
    public int DispatchBatchSize { get; set; } = 500;

    /// <summary>Most bytes of a response body kept in the attempt log (DESIGN.md: 16 KiB).</summary>
    public int ResponseBodyLimit { get; set; } = 16 * 1024;

    /// <summary>Failed attempts to one endpoint, with no success among them within <see cref="CircuitBreakDuration"/>, that open its circuit: further deliveries wait instead of piling on.</summary>
    public int CircuitBreakerFailures { get; set; } = 10;

    /// <summary>How long an open circuit stays open before one trial delivery goes through.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public RetrySchedule Schedule => RetryDelays.Length > 0 ? new RetrySchedule(RetryDelays) : RetrySchedule.Default;
}
