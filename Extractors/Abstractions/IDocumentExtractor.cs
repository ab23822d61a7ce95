using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors;

/// <summary>
/// A document type's extractor: the contract between the Processor and every plugin. The
/// Processor finds implementations in a plugin's assemblies by reflection (a public class
/// with a public parameterless constructor), asks each to <see cref="Classify"/> a document,
/// and asks the best one to <see cref="Extract"/> it. Both calls must be thread-safe and
/// side-effect free: they run concurrently, under a time limit, and may be abandoned.
/// </summary>
public interface IDocumentExtractor
{
    /// <summary>Upper-case, stable name: <c>INVOICE</c>, <c>UTILITY_BILL</c>. It is <c>status.docType</c>.</summary>
    string DocumentType { get; }

    /// <summary>A name for people: "Utility bill".</summary>
    string DisplayName { get; }

    /// <summary>The extractor's version (SemVer); a replaced plugin's results carry the new one.</summary>
    string Version { get; }

    /// <summary>What <see cref="Extract"/> returns: field and table names, types, meaning.</summary>
    DocumentSchema Schema { get; }

    /// <summary>How likely the content is this document type: 0 (surely not) to 1 (surely).</summary>
    double Classify(DocumentContent content);

    /// <summary>Reads the fields and tables out of content already classified as this type.</summary>
    ExtractionResult Extract(DocumentContent content, ExtractionContext context);
}
