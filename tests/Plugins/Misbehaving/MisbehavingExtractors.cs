using Intake.Extractors;
using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Misbehaving;

/// <summary>Throws from both calls: classification must skip it, extraction must fail only its document.</summary>
public sealed class ThrowingExtractor : IDocumentExtractor
{
    public string DocumentType => "THROWS";

    public string DisplayName => "Throws";

    public string Version => "0.1.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content) => throw new InvalidOperationException("classifier bug");

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => throw new InvalidOperationException("extractor bug");
}

/// <summary>Never answers in time, and ignores its cancellation token, as a stuck plugin would.</summary>
public sealed class HangingExtractor : IDocumentExtractor
{
    public string DocumentType => "HANGS";

    public string DisplayName => "Hangs";

    public string Version => "0.1.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context)
    {
        Thread.Sleep(TimeSpan.FromSeconds(8));
        return new ExtractionResult();
    }
}

/// <summary>Returns null instead of a result.</summary>
public sealed class NullResultExtractor : IDocumentExtractor
{
    public string DocumentType => "NULLS";

    public string DisplayName => "Nulls";

    public string Version => "0.1.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => null!;
}

/// <summary>Declares an amount but hands back text.</summary>
public sealed class MistypedValueExtractor : IDocumentExtractor
{
    public string DocumentType => "MISTYPED";

    public string DisplayName => "Mistyped";

    public string Version => "0.1.0";

    public DocumentSchema Schema { get; } = new([new FieldDefinition("total", FieldType.Amount, "Total.")], []);

    public double Classify(DocumentContent content) => 0;

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new()
    {
        Fields = new Dictionary<string, ExtractedField> { ["total"] = new("twelve", FieldType.Amount, 0.9) },
    };
}

/// <summary>A classifier that takes far longer than its limit.</summary>
public sealed class SlowClassifierExtractor : IDocumentExtractor
{
    public string DocumentType => "SLOW_CLASSIFIER";

    public string DisplayName => "Slow classifier";

    public string Version => "0.1.0";

    public DocumentSchema Schema { get; } = new([], []);

    public double Classify(DocumentContent content)
    {
        Thread.Sleep(TimeSpan.FromSeconds(4));
        return 1;
    }

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new();
}
