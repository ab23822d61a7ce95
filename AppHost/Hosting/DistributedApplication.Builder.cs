using Intake.AppHost.Orchestration;
using Intake.AppHost.Testing;
using Microsoft.Extensions.Configuration;

namespace Intake.AppHost.Hosting;

public sealed partial class DistributedApplication
{
    /// <summary>
    /// Creates the builder Program.cs declares the application on. Under the testing builder
    /// the same call yields a test-mode builder (random ports, temp data), as Aspire's does.
    /// </summary>
    public static IDistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var fresh = args.Contains("--fresh");
        var root = RepositoryRoot.Find();
        var configuration = new ConfigurationManager();
        // Read from the AppHost's folder, not the build output: a test project's output may hold
        // another project's appsettings.json, and an edit here needs no rebuild.
        configuration.AddJsonFile(Path.Combine(root, "AppHost", "appsettings.json"), optional: false);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args.Where(a => a != "--fresh").ToArray());

        var testing = TestingSession.Current;
        if (testing is not null)
        {
            configuration.AddInMemoryCollection(testing.Configuration);
        }

        var dataDirectory = testing?.DataDirectory ?? Path.Combine(root, ".apphost");
        if (fresh && Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        Directory.CreateDirectory(dataDirectory);
        var options = new DistributedApplicationOptions
        {
            RepositoryRoot = root,
            DataDirectory = dataDirectory,
            IsTesting = testing is not null,
            Fresh = fresh,
            EnvironmentName = configuration["AppHost:ServiceEnvironment"] ?? "Development",
            StartTimeout = TimeSpan.FromSeconds(configuration.GetValue("AppHost:StartTimeoutSeconds", 120)),
            StopTimeout = TimeSpan.FromSeconds(configuration.GetValue("AppHost:StopTimeoutSeconds", 10)),
            Secrets = AppHostSecrets.LoadOrCreate(Path.Combine(dataDirectory, "secrets.json")),
        };

        var builder = new Builder(configuration, options);
        return testing is null ? builder : testing.Intercept(builder);
    }

    internal sealed class Builder(ConfigurationManager configuration, DistributedApplicationOptions options)
        : IDistributedApplicationBuilder
    {
        private readonly List<Resource> _resources = [];

        public ConfigurationManager Configuration { get; } = configuration;

        public DistributedApplicationOptions Options { get; } = options;

        public IReadOnlyList<Resource> Resources => _resources;

        public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
        {
            if (_resources.Any(r => r.Name == resource.Name))
            {
                throw new DistributedApplicationException($"A resource named '{resource.Name}' is already declared.");
            }

            _resources.Add(resource);
            return new ResourceBuilder<T>(this, resource);
        }

        public DistributedApplication Build()
        {
            PortAllocator.Allocate(_resources, Options.IsTesting);
            return new DistributedApplication(_resources, Options);
        }
    }
}
