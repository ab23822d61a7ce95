using Intake.Extractors;
using Intake.Extractors.Results;
using Intake.Extractors.Content;
using Intake.Processor.Plugins;
using Microsoft.Extensions.Options;

namespace Intake.Processor.Extraction;

/// <summary>
/// Runs plugins on a document: every extractor scores it, the best score at or above the
/// threshold wins (or the uploader's explicit type does), and the winner extracts. Plugin code
/// runs under time limits and behind a catch-all: whatever it does, it can fail only this
/// document, never the Processor.
/// </summary>
public sealed class ExtractionHost(PluginCatalog catalog, IOptions<PluginOptions> options, ILogger<ExtractionHost> logger)
{
    public async Task<ExtractionOutcome> RunAsync(
        DocumentContent content, string? requestedType, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var extractors = catalog.Acquire();
        var (chosen, score, scores, unknown) = await ChooseAsync(extractors, content, requestedType, cancellationToken);
        if (chosen is null)
        {
            return unknown ?? new ExtractionOutcome(null, scores.Values.DefaultIfEmpty(0).Max(), scores);
        }

        var descriptor = chosen.Descriptor;
        try
        {
            var result = await CallAsync(extractors, descriptor, "extract", options.Value.ExtractTimeout,
                token => CheckedResult.Of(chosen.Extractor.Extract(content, context with { CancellationToken = token })), cancellationToken);
            return new ExtractionOutcome(descriptor.DocumentType, score, scores, descriptor.Version, result);
        }
        catch (PluginCallException ex)
        {
            logger.LogWarning(ex, "Extraction by {DocumentType} {Version} failed", descriptor.DocumentType, descriptor.Version);
            return new ExtractionOutcome(descriptor.DocumentType, score, scores, descriptor.Version, Error: new ExtractionError(ex.Code, ex.Message, "extraction"));
        }
    }

    /// <summary>The type alone (no extraction), for a document a user's template reads.</summary>
    public async Task<ExtractionOutcome> ClassifyAsync(DocumentContent content, string? requestedType, CancellationToken cancellationToken)
    {
        using var extractors = catalog.Acquire();
        var (chosen, score, scores, unknown) = await ChooseAsync(extractors, content, requestedType, cancellationToken);
        return unknown ?? new ExtractionOutcome(chosen?.DocumentType, chosen is null ? scores.Values.DefaultIfEmpty(0).Max() : score, scores, chosen?.Descriptor.Version);
    }

    /// <summary>The extractor that gets the document, or none: the uploader's type, else the most confident at or above the threshold.</summary>
    private async Task<(LoadedExtractor? Chosen, double Score, Dictionary<string, double> Scores, ExtractionOutcome? Unknown)> ChooseAsync(
        ExtractorSet extractors, DocumentContent content, string? requestedType, CancellationToken cancellationToken)
    {
        var candidates = extractors.Extractors.ToList();
        LoadedExtractor? chosen;
        double score;
        var scores = new Dictionary<string, double>();
        if (requestedType is not null)
        {
            // The uploader said what it is: no classification.
            chosen = candidates.FirstOrDefault(e => string.Equals(e.DocumentType, requestedType, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return (null, 0, scores, new ExtractionOutcome(requestedType.ToUpperInvariant(), 0, scores, Error: new ExtractionError(
                    "unknown_document_type", $"No loaded plugin extracts documents of type {requestedType.ToUpperInvariant()}.", "classification")));
            }

            score = 1;
        }
        else
        {
            // All at once, each under its own limit: a slow classifier costs one limit, not one per plugin.
            var results = await Task.WhenAll(candidates.Select(async c => (c.DocumentType, Score: await ClassifyAsync(c, content, extractors, cancellationToken))));
            foreach (var (documentType, classified) in results)
            {
                scores[documentType] = classified;
            }

            (chosen, score) = candidates
                .Select(e => (Extractor: e, Score: scores[e.DocumentType]))
                .Where(c => c.Score >= options.Value.ClassificationThreshold)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
        }

        return (chosen, score, scores, null);
    }

    /// <summary>A plugin that cannot classify is left out for this document (it says nothing about the others).</summary>
    private async Task<double> ClassifyAsync(LoadedExtractor extractor, DocumentContent content, ExtractorSet extractors, CancellationToken cancellationToken)
    {
        try
        {
            var score = await CallAsync(extractors, extractor.Descriptor, "classify", options.Value.ClassifyTimeout, _ => extractor.Extractor.Classify(content), cancellationToken);
            return double.IsFinite(score) ? Math.Clamp(score, 0, 1) : 0;
        }
        catch (PluginCallException ex)
        {
            logger.LogWarning(ex, "Classification by {DocumentType} failed; it is skipped for this document", extractor.DocumentType);
            return 0;
        }
    }

    /// <summary>
    /// Runs plugin code on a thread of its own (a call that never returns then holds that thread,
    /// not one of the pool's, which the web server and database need) under a time limit.
    /// </summary>
    private static async Task<T> CallAsync<T>(
        ExtractorSet extractors, ExtractorDescriptor extractor, string operation, TimeSpan limit, Func<CancellationToken, T> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var token = timeout.Token;
        // Continuations run on the pool, not inline on the plugin's thread, which should end when the plugin returns.
        var running = Task.Factory.StartNew(
            () => call(token), CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.RunContinuationsAsynchronously, TaskScheduler.Default);
        extractors.Track(running);
        try
        {
            return await running.WaitAsync(limit, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException || ex is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new PluginCallException("plugin_timeout",
                $"The {extractor.DocumentType} extractor {extractor.Version} did not {operation} within {limit.TotalSeconds:0.#} s.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new PluginCallException("plugin_failed",
                $"The {extractor.DocumentType} extractor {extractor.Version} failed to {operation}: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }
}
