using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.Invoices;

/// <summary>Invoices and credit notes. Not written yet: it claims nothing.</summary>
public sealed class InvoiceExtractor : IDocumentExtractor
{
    public string DocumentType => "INVOICE";

    public string DisplayName => "Invoice";

    public string Version => "1.0.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new();
}
