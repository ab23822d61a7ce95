namespace Intake.Processor.Extraction;

/// <summary>A plugin call that threw or ran past its limit; the message names the plugin and what happened.</summary>
public sealed class PluginCallException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
