using System.Globalization;
using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;

namespace Intake.Api.Tests;

/// <summary>The application, its Processor given the Greeting test plugin, so typed documents go the whole way.</summary>
public sealed class ApiAppFixture : IntakeAppFixture
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("intake-api-plugins-").FullName;

    protected override string[] Args => ["Processor:Replicas=2", $"Plugins:Directory={_plugins}"];

    public override async ValueTask InitializeAsync()
    {
        var greeting = Path.Combine(RepositoryRoot.Find(), "tests", "Plugins", "Greeting.V1", "bin", ProjectResource.BuildConfiguration, "net10.0");
        var target = Directory.CreateDirectory(Path.Combine(_plugins, "Greeting")).FullName;
        foreach (var file in Directory.GetFiles(greeting))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        await base.InitializeAsync();
    }

    /// <summary>The largest file the Api accepts here: small, so oversize uploads take a few megabytes; every corpus file fits.</summary>
    public const int MaxUploadBytes = 4 * 1024 * 1024;

    protected override Task ConfigureAsync(DistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("api")
            .WithEnvironment("Uploads__MaxUploadBytes", MaxUploadBytes.ToString(CultureInfo.InvariantCulture))
            // Short, so the cleanup of expired idempotency keys is seen within a test.
            .WithEnvironment("Idempotency__CleanupInterval", "00:00:02");
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_plugins, recursive: true);
    }
}
