using System.Diagnostics.Metrics;

namespace Intake.Processor.Jobs;

/// <summary>
/// The pipeline's metrics (meter <c>Intake.Processor</c>, exported through ServiceDefaults):
/// jobs waiting, documents by outcome, failures by reason, and how long each stage takes.
/// </summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "Intake.Processor";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _documents;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _stageDuration;
    private long _jobsWaiting;

    public PipelineMetrics()
    {
        _documents = _meter.CreateCounter<long>("intake.documents.processed", "{document}", "Documents the pipeline finished, by outcome and type.");
        _failures = _meter.CreateCounter<long>("intake.documents.failed", "{document}", "Failed documents, by reason (the extractionErrors code).");
        _stageDuration = _meter.CreateHistogram<double>("intake.pipeline.stage.duration", "ms", "Time spent per pipeline stage.");
        _meter.CreateObservableGauge("intake.jobs.waiting", () => Interlocked.Read(ref _jobsWaiting), "{job}", "Unfinished jobs no worker holds.");
    }

    public void JobsWaiting(long count) => Interlocked.Exchange(ref _jobsWaiting, count);

    public void Stage(string stage, TimeSpan duration) =>
        _stageDuration.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("stage", stage));

    public void Indexed(string? documentType) =>
        _documents.Add(1, new("outcome", "indexed"), new("doc_type", documentType ?? "none"));

    public void Failed(string? documentType, string reason)
    {
        _documents.Add(1, new("outcome", "failed"), new("doc_type", documentType ?? "none"));
        _failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }

    public void Dispose() => _meter.Dispose();
}
