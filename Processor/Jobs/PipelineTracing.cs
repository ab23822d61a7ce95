using System.Diagnostics;
using Intake.Core.Jobs;

namespace Intake.Processor.Jobs;

/// <summary>
/// The pipeline's spans (source <c>Intake.Processor</c>, exported through ServiceDefaults). A job's
/// span continues the trace of the upload that created it, from the <c>traceparent</c> stored
/// with the job, so one trace runs from the client's request to the last event; the events the
/// Processor writes carry it on to the Notifier.
/// </summary>
public static class PipelineTracing
{
    public static readonly ActivitySource Source = new(PipelineMetrics.MeterName);

    public static Activity? StartJob(JobRow job)
    {
        ActivityContext.TryParse(job.Traceparent, null, out var upload);
        var activity = Source.StartActivity("process job", ActivityKind.Consumer, upload);
        activity?.SetTag("intake.job.id", job.Id);
        activity?.SetTag("intake.organization.id", job.OrganizationId);
        return activity;
    }

    public static Activity? StartDocument(Guid documentId)
    {
        var activity = Source.StartActivity("process document");
        activity?.SetTag("intake.document.id", documentId);
        return activity;
    }

    public static Activity? StartStage(string stage) => Source.StartActivity(stage);
}
