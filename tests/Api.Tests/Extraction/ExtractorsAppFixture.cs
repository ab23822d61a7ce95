using Intake.AppHost.Hosting;

namespace Intake.Api.Tests.Extraction;

/// <summary>The application with Intake's own extractors: the Processor reads the plugins folder the AppHost gives it, as `./build.sh run` does.</summary>
public sealed class ExtractorsAppFixture : IntakeAppFixture
{
    /// <summary>Where `./build.sh` builds the first-party plugins (Extractors/FirstPartyPlugin.props).</summary>
    public static string PluginsDirectory => Path.Combine(RepositoryRoot.Find(), "plugins");

    protected override string[] Args => [$"Plugins:Directory={PluginsDirectory}"];
}
