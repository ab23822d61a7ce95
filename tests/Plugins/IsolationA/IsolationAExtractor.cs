using Intake.Extractors;
using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace IsolationA;

/// <summary>A test plugin that reports which TinyLib it was given.</summary>
public sealed class IsolationAExtractor : IDocumentExtractor
{
    public string DocumentType => "ISOLATION_A";

    public string DisplayName => "Isolation A";

    public string Version => "1.0.0";

    public DocumentSchema Schema { get; } = new([new FieldDefinition("tinyLib", FieldType.Text, "What TinyLib says.")], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new()
    {
        Fields = new Dictionary<string, ExtractedField> { ["tinyLib"] = ExtractedField.Text(TinyLib.TinyLibVersion.Describe(), 1) },
    };
}
