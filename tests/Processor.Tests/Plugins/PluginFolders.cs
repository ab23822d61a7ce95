using Intake.AppHost.Hosting;
using Intake.Processor.Extraction;
using Intake.Processor.Plugins;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Processor.Tests.Plugins;

/// <summary>A temporary plugins directory, filled from the test plugins' build outputs, and a catalog over it.</summary>
public sealed class PluginFolders : IDisposable
{
    public PluginFolders(PluginOptions? options = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("intake-plugins-").FullName;
        Options = options ?? new PluginOptions();
        Options.Directory = Directory;
        Options.ReloadDebounce = TimeSpan.FromMilliseconds(200);
        Catalog = new PluginCatalog(Microsoft.Extensions.Options.Options.Create(Options), new TestEnvironment(Directory), NullLogger<PluginCatalog>.Instance);
        Host = new ExtractionHost(Catalog, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ExtractionHost>.Instance);
    }

    public string Directory { get; }

    public PluginOptions Options { get; }

    public PluginCatalog Catalog { get; }

    public ExtractionHost Host { get; }

    /// <summary>The build output of a project under tests/Plugins (or any folder under the repository).</summary>
    public static string BuildOutput(string projectPath) =>
        Path.Combine(RepositoryRoot.Find(), projectPath, "bin", ProjectResource.BuildConfiguration, "net10.0");

    /// <summary>Copies a test plugin's build output into <c>plugins/{folder}</c>, file by file as a person would.</summary>
    public string Install(string project, string folder)
    {
        var source = BuildOutput(Path.Combine("tests", "Plugins", project));
        return InstallFrom(source, folder);
    }

    public string InstallFrom(string source, string folder)
    {
        var target = Path.Combine(Directory, folder);
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return target;
    }

    public void Remove(string folder) => System.IO.Directory.Delete(Path.Combine(Directory, folder), recursive: true);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Processor.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
