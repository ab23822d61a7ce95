using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Intake.Notifier.Delivery;

/// <summary>
/// The Notifier's telemetry (meter and source <c>Intake.Notifier</c>): attempts by outcome, attempt
/// latency, deliveries due and failing subscriptions; and a span per attempt that continues the
/// trace of the work that wrote the event.
/// </summary>
public sealed class DeliveryMetrics : IDisposable
{
    public const string Name = "Intake.Notifier";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter = new(Name);
    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _latency;
    private long _due;
    private long _failingSubscriptions;

    public DeliveryMetrics()
    {
        _attempts = _meter.CreateCounter<long>("intake.webhooks.attempts", "{attempt}", "Delivery attempts, by outcome (succeeded, retry, exhausted, gone).");
        _latency = _meter.CreateHistogram<double>("intake.webhooks.attempt.duration", "ms", "Time from sending an attempt to its answer.");
        _meter.CreateObservableGauge("intake.webhooks.due", () => Interlocked.Read(ref _due), "{delivery}", "Deliveries due now and not yet attempted.");
        _meter.CreateObservableGauge("intake.webhooks.failing", () => Interlocked.Read(ref _failingSubscriptions), "{subscription}", "Subscriptions failing or disabled by us.");
    }

    public void Attempted(string outcome, TimeSpan duration)
    {
        _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _latency.Record(duration.TotalMilliseconds);
    }

    public void Backlog(long due, long failingSubscriptions)
    {
        Interlocked.Exchange(ref _due, due);
        Interlocked.Exchange(ref _failingSubscriptions, failingSubscriptions);
    }

    public static Activity? StartAttempt(ClaimedDelivery delivery, int attempt)
    {
        ActivityContext.TryParse(delivery.Traceparent, null, out var parent);
        var activity = Source.StartActivity("deliver webhook", ActivityKind.Producer, parent);
        activity?.SetTag("intake.webhook.delivery.id", delivery.Id);
        activity?.SetTag("intake.webhook.event", delivery.Event);
        activity?.SetTag("intake.webhook.attempt", attempt);
        return activity;
    }

    public void Dispose() => _meter.Dispose();
}
