using Intake.Extractors;

namespace Intake.Processor.Plugins;

/// <summary>
/// What an extractor said about itself, read once at load time inside the loader's
/// catch-all and checked, so that no later code calls into the plugin to learn its name.
/// </summary>
public sealed record ExtractorDescriptor(string DocumentType, string DisplayName, string Version, string JsonSchema);

/// <summary>A loaded extractor and its descriptor.</summary>
public sealed record LoadedExtractor(IDocumentExtractor Extractor, ExtractorDescriptor Descriptor)
{
    public string DocumentType => Descriptor.DocumentType;
}
