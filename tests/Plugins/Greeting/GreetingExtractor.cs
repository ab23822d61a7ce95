using Intake.Extractors;
using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Greeting;

/// <summary>A test plugin in two versions: it claims documents that start with "Hello" and says which version read them.</summary>
public sealed class GreetingExtractor : IDocumentExtractor
{
#if GREETING_V2
    public const string BuiltVersion = "2.0.0";
#else
    public const string BuiltVersion = "1.0.0";
#endif

    public string DocumentType => "GREETING";

    public string DisplayName => "Greeting";

    public string Version => BuiltVersion;

    public DocumentSchema Schema { get; } = new(
        [new FieldDefinition("name", FieldType.Text, "Who is greeted."), new FieldDefinition("readBy", FieldType.Text, "The plugin version that read it.")],
        []);

    public double Classify(DocumentContent content) => content.Text.StartsWith("Hello", StringComparison.Ordinal) ? 0.9 : 0.0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context)
    {
        var words = content.Pages[0].Lines[0].Words;
        return new ExtractionResult
        {
            Fields = new Dictionary<string, ExtractedField>
            {
                ["name"] = ExtractedField.Text(words.Count > 1 ? words[1].Text : "", 0.9, 1, words.Count > 1 ? words[1].Box : null),
                ["readBy"] = ExtractedField.Text(BuiltVersion, 1),
            },
        };
    }
}
