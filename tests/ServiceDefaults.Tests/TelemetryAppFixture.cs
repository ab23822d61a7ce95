using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;

namespace Intake.ServiceDefaults.Tests;

/// <summary>The application with the Api and the Processor exporting OTLP/HTTP protobuf to a loopback listener owned by the test.</summary>
public sealed class TelemetryAppFixture : IntakeAppFixture
{
    public LoopbackServer Collector { get; private set; } = null!;

    protected override string[] Args => [];

    protected override async Task ConfigureAsync(DistributedApplicationTestingBuilder builder)
    {
        Collector = await LoopbackServer.StartAsync();
        foreach (var service in new[] { "api", "processor" })
        {
            builder.CreateResourceBuilder<ProjectResource>(service)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Collector.Url.ToString().TrimEnd('/'))
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "1000");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Collector.DisposeAsync();
    }
}
