using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.Receipts;

/// <summary>Till receipts. Not written yet: it claims nothing.</summary>
public sealed class ReceiptExtractor : IDocumentExtractor
{
    public string DocumentType => "RECEIPT";

    public string DisplayName => "Receipt";

    public string Version => "1.0.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new();
}
