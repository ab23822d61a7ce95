namespace Intake.Processor.Plugins;

/// <summary>
/// Whether a plugin built against one SDK version runs on this Processor's: the same major
/// version, and no newer than the host's (a plugin may use what an older host lacks).
/// </summary>
public static class SdkCompatibility
{
    public static string? Problem(Version? builtAgainst, Version host)
    {
        if (builtAgainst is null)
        {
            return $"it does not reference {PluginLoadContext.SharedAssemblyName}; build it against the SDK package.";
        }

        if (builtAgainst.Major != host.Major)
        {
            return $"it was built against SDK {builtAgainst.ToString(3)}, and this Processor has SDK {host.ToString(3)}: the major versions differ.";
        }

        return builtAgainst > host
            ? $"it was built against SDK {builtAgainst.ToString(3)}, newer than this Processor's {host.ToString(3)}; upgrade Intake or build against {host.ToString(3)}."
            : null;
    }
}
