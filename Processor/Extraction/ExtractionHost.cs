using Intake.Extractors;
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
        var candidates = extractors.Extractors.Select(e => e.Extractor).ToList();
        IDocumentExtractor? chosen;
        double score;
        var scores = new Dictionary<string, double>();
        if (requestedType is not null)
        {
            // The uploader said what it is: no classification.
            chosen = candidates.FirstOrDefault(e => string.Equals(e.DocumentType, requestedType, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return new ExtractionOutcome(requestedType.ToUpperInvariant(), 0, scores, Error: new ExtractionError(
                    "unknown_document_type", $"No loaded plugin extracts documents of type {requestedType.ToUpperInvariant()}.", "classification"));
            }

            score = 1;
        }
        else
        {
            foreach (var extractor in candidates)
            {
                scores[extractor.DocumentType] = await ClassifyAsync(extractor, content, extractors, cancellationToken);
            }

            (chosen, score) = candidates
                .Select(e => (Extractor: e, Score: scores[e.DocumentType]))
                .Where(c => c.Score >= options.Value.ClassificationThreshold)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            if (chosen is null)
            {
                return new ExtractionOutcome(null, scores.Values.DefaultIfEmpty(0).Max(), scores);
            }
        }

        try
        {
            var result = await CallAsync(extractors, chosen, "extract", options.Value.ExtractTimeout,
                token => chosen.Extract(content, context with { CancellationToken = token }), cancellationToken);
            return new ExtractionOutcome(chosen.DocumentType, score, scores, chosen.Version, result);
        }
        catch (PluginCallException ex)
        {
            logger.LogWarning(ex, "Extraction by {DocumentType} {Version} failed", chosen.DocumentType, chosen.Version);
            return new ExtractionOutcome(chosen.DocumentType, score, scores, chosen.Version, Error: new ExtractionError(ex.Code, ex.Message, "extraction"));
        }
    }

    /// <summary>A plugin that cannot classify is left out for this document (it says nothing about the others).</summary>
    private async Task<double> ClassifyAsync(IDocumentExtractor extractor, DocumentContent content, ExtractorSet extractors, CancellationToken cancellationToken)
    {
        try
        {
            var score = await CallAsync(extractors, extractor, "classify", options.Value.ClassifyTimeout, _ => extractor.Classify(content), cancellationToken);
            return double.IsFinite(score) ? Math.Clamp(score, 0, 1) : 0;
        }
        catch (PluginCallException ex)
        {
            logger.LogWarning(ex, "Classification by {DocumentType} failed; it is skipped for this document", extractor.DocumentType);
            return 0;
        }
    }

    private static async Task<T> CallAsync<T>(
        ExtractorSet extractors, IDocumentExtractor extractor, string operation, TimeSpan limit, Func<CancellationToken, T> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var running = Task.Run(() => call(timeout.Token), CancellationToken.None);
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
