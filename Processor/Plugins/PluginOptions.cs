namespace Intake.Processor.Plugins;

/// <summary>Section <c>Plugins</c>: where extractor plugins live and how long they may run.</summary>
public sealed class PluginOptions
{
    public const string Section = "Plugins";

    /// <summary>The folder whose sub-folders are plugins, one each; relative paths are from the content root.</summary>
    public string Directory { get; set; } = "plugins";

    /// <summary>Quiet time after the last file change in a plugin folder before it is (re)loaded: copies arrive file by file.</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>How long one plugin may take to classify a document.</summary>
    public TimeSpan ClassifyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one plugin may take to extract a document; past it, the document fails.</summary>
    public TimeSpan ExtractTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The score a document type needs to win classification; below it the document has no type.</summary>
    public double ClassificationThreshold { get; set; } = 0.5;
}
