using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.BankStatements;

/// <summary>Bank statements. Not written yet: it claims nothing.</summary>
public sealed class BankStatementExtractor : IDocumentExtractor
{
    public string DocumentType => "BANK_STATEMENT";

    public string DisplayName => "Bank statement";

    public string Version => "1.0.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new();
}
