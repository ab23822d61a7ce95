using Intake.AppHost.Hosting;
using Intake.Processor.Extraction;
using Intake.Processor.Jobs;
using Intake.Processor.Plugins;
using Microsoft.Extensions.Options;

namespace Intake.Bench.Accuracy;

/// <summary>
/// The Processor's plugin catalog and extraction host, configured as the Processor configures
/// them: sections <c>Plugins</c> and <c>Jobs</c> from the environment and <c>Key=Value</c>
/// arguments, relative plugin paths from the repository root, whose <c>plugins</c> folder is the
/// one the AppHost gives the Processor.
/// </summary>
public sealed class ProductionExtraction : IDisposable
{
    private readonly IHost _host;

    public ProductionExtraction(BenchmarkOptions options)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Configuration,
            ContentRootPath = RepositoryRoot.Find(),
        });
        if (options.Plugins is not null)
        {
            builder.Configuration[$"{PluginOptions.Section}:{nameof(PluginOptions.Directory)}"] = options.Plugins;
        }

        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddOptions<PluginOptions>().BindConfiguration(PluginOptions.Section);
        builder.Services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section);
        builder.Services.AddSingleton<PluginCatalog>();
        builder.Services.AddSingleton<ExtractionHost>();
        _host = builder.Build();

        Catalog = _host.Services.GetRequiredService<PluginCatalog>();
        Catalog.LoadAll();
        Host = _host.Services.GetRequiredService<ExtractionHost>();
        Plugins = _host.Services.GetRequiredService<IOptions<PluginOptions>>().Value;
        Jobs = _host.Services.GetRequiredService<IOptions<JobOptions>>().Value;
    }

    public PluginCatalog Catalog { get; }

    public ExtractionHost Host { get; }

    public PluginOptions Plugins { get; }

    public JobOptions Jobs { get; }

    public void Dispose() => _host.Dispose();
}
