using System.Diagnostics;
using System.Text.Json;
using Amazon.S3;
using Intake.Core.Documents;
using Intake.Core.Outbox;
using Intake.Core.Storage;
using Intake.Extractors;
using Intake.Extractors.Content;
using Intake.Extractors.Text;
using Intake.Processor.Extraction;
using Intake.Processor.Templates;
using Microsoft.Extensions.Options;

namespace Intake.Processor.Jobs;

/// <summary>
/// One document's way through the Processor: its text (text layer, else OCR), classification
/// and extraction through the plugins, and indexing. Each status change is committed with its
/// events; a document taken over from a crashed worker skips the changes already recorded.
/// </summary>
public sealed class DocumentPipeline(
    IAmazonS3 s3, IOptions<ObjectStoreOptions> store, IOptions<JobOptions> options, ExtractionHost host, TemplateExtraction templates,
    DocumentStatusWriter writer, PipelineMetrics metrics)
{
    private static readonly string[] Order = [ExtractionStatus.Pending, ExtractionStatus.Partial, ExtractionStatus.Extracted, ExtractionStatus.Indexed];

    /// <summary>True when the document ends INDEXED.</summary>
    public async Task<bool> ProcessAsync(DocumentRow document, CancellationToken cancellationToken)
    {
        if (document.ExtractionStatus is ExtractionStatus.Indexed or ExtractionStatus.Failed)
        {
            return document.ExtractionStatus == ExtractionStatus.Indexed;
        }

        using var activity = PipelineTracing.StartDocument(document.Id);
        var clock = Stopwatch.StartNew();
        DocumentContent content;
        try
        {
            using var reading = PipelineTracing.StartStage("text");
            content = await ReadAsync(document, cancellationToken);
        }
        catch (TextAcquisitionException ex)
        {
            await FailAsync(document, null, null, ex.Code, ex.Message, "text", clock, cancellationToken);
            return false;
        }
        finally
        {
            metrics.Stage("text", clock.Elapsed);
        }

        var extracting = Stopwatch.StartNew();
        ExtractionOutcome outcome;
        using (PipelineTracing.StartStage("extraction"))
        {
            var context = new ExtractionContext { FileName = document.FileName };
            outcome = document.TemplateId is null
                ? await host.RunAsync(content, document.RequestedType, context, cancellationToken)
                : await templates.RunAsync(document, content, context, cancellationToken);
        }

        metrics.Stage("extraction", extracting.Elapsed);
        activity?.SetTag("intake.document.type", outcome.DocumentType);
        var indexed = new DocumentChange(ExtractionStatus.Indexed) { ContentText = content.Text, Pages = content.Pages.Count, Index = true };
        if (outcome is { Result: null, Error: null })
        {
            // Nobody claims it: not a failure, just a document without a type, searchable by its text.
            await AdvanceAsync(document, [new DocumentStep(indexed with { ProcessingTimeMs = Elapsed(clock) },
                [EventNames.DocumentStatusChanged, EventNames.DocumentProcessed, EventNames.DocumentReady])], cancellationToken);
            Finished(clock, null);
            return true;
        }

        var classified = new DocumentStep(new DocumentChange(ExtractionStatus.Partial) { DocType = outcome.DocumentType, Pages = content.Pages.Count },
            [EventNames.DocumentStatusChanged]);
        if (outcome.Error is { } error)
        {
            await FailAsync(document, classified, outcome.DocumentType, error.Code, error.Message, error.Stage, clock, cancellationToken);
            return false;
        }

        // Classified, extracted and indexed back to back: one transaction, each change with its own events.
        await AdvanceAsync(document, [
            classified,
            new DocumentStep(new DocumentChange(ExtractionStatus.Extracted)
            {
                ExtractionJson = ExtractionJson.Extraction(outcome.Result!, outcome.DocumentType, outcome.ExtractorVersion, outcome.TemplateId).ToJsonString(),
                SummaryJson = ExtractionJson.Summary(outcome.Result!.Summary).ToJsonString(),
            }, [EventNames.DocumentStatusChanged, EventNames.ExtractionCompleted]),
            new DocumentStep(indexed with { ProcessingTimeMs = Elapsed(clock) },
                [EventNames.DocumentStatusChanged, EventNames.DocumentProcessed, EventNames.DocumentReady]),
        ], cancellationToken);
        Finished(clock, outcome.DocumentType);
        return true;
    }

    private void Finished(Stopwatch clock, string? documentType)
    {
        metrics.Stage("total", clock.Elapsed);
        metrics.Indexed(documentType);
    }

    private async Task<DocumentContent> ReadAsync(DocumentRow document, CancellationToken cancellationToken)
    {
        var mediaType = DocumentMediaTypes.FromContentType(document.MimeType)
            ?? throw new TextAcquisitionException(TextAcquisitionErrorCodes.UnsupportedType, $"Documents of type {document.MimeType} cannot be read.");
        using var original = await s3.GetObjectAsync(store.Value.Bucket, document.ObjectKey, cancellationToken);
        await using var body = original.ResponseStream;
        var limits = new TextAcquisitionOptions { MaxPages = options.Value.MaxPages, ToolTimeLimit = options.Value.ToolTimeLimit, OcrLanguages = options.Value.OcrLanguages };
        return await DocumentTextReader.ReadAsync(body, mediaType, limits, cancellationToken);
    }

    /// <summary>Records the changes a worker before this one (since crashed) has not already recorded.</summary>
    private async Task AdvanceAsync(DocumentRow document, IReadOnlyList<DocumentStep> steps, CancellationToken cancellationToken)
    {
        var due = steps.Where(s => Array.IndexOf(Order, s.Change.Status) > Array.IndexOf(Order, document.ExtractionStatus)).ToList();
        if (due.Count > 0)
        {
            await writer.ApplyAsync(document.Id, due, cancellationToken);
        }
    }

    private async Task FailAsync(
        DocumentRow document, DocumentStep? classified, string? documentType, string code, string message, string stage, Stopwatch clock,
        CancellationToken cancellationToken)
    {
        Activity.Current?.SetStatus(ActivityStatusCode.Error, code);
        var failed = new DocumentStep(new DocumentChange(ExtractionStatus.Failed)
        {
            ExtractionErrorsJson = JsonSerializer.Serialize(new[] { new { code, message, stage } }, OutboxWriter.Json),
            ProcessingTimeMs = Elapsed(clock),
        }, [EventNames.DocumentStatusChanged, EventNames.ExtractionFailed, EventNames.DocumentProcessed]);
        await writer.ApplyAsync(document.Id, classified is null || document.ExtractionStatus != ExtractionStatus.Pending ? [failed] : [classified, failed],
            cancellationToken);
        metrics.Stage("total", clock.Elapsed);
        metrics.Failed(documentType, code);
    }

    private static int Elapsed(Stopwatch clock) => (int)clock.ElapsedMilliseconds;
}
