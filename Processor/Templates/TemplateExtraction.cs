using Intake.Core.Documents;
using Intake.Core.Templates;
using Intake.Extractors;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Processor.Extraction;

namespace Intake.Processor.Templates;

/// <summary>
/// A document of a job that names a template: the plugins still say what type it is (for lists,
/// filters and webhooks), and the template, not a plugin, reads its fields.
/// </summary>
public sealed class TemplateExtraction(TemplateStore templates, ExtractionHost host, ILogger<TemplateExtraction> logger)
{
    public async Task<ExtractionOutcome> RunAsync(DocumentRow document, DocumentContent content, ExtractionContext context, CancellationToken cancellationToken)
    {
        var classified = await host.ClassifyAsync(content, document.RequestedType, cancellationToken);
        if (classified.Failed)
        {
            return classified;
        }

        var template = Guid.TryParse(document.TemplateId, out var id) ? await templates.GetAsync(document.OrganizationId, id, cancellationToken) : null;
        if (template is null)
        {
            return classified with
            {
                Error = new ExtractionError("template_not_found", $"The job's template {document.TemplateId} was deleted before the document was read.", "extraction"),
            };
        }

        try
        {
            var result = TemplateReader.Read(template.Definition, content, DateHints.From(context), cancellationToken);
            return classified with { Result = result, TemplateId = template.Id.ToString() };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Template {TemplateId} failed on document {DocumentId}", template.Id, document.Id);
            return classified with { Error = new ExtractionError("template_failed", $"The template could not be applied: {ex.Message}", "extraction") };
        }
    }
}
