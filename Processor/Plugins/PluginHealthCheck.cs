using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intake.Processor.Plugins;

/// <summary>
/// Lists loaded plugins and broken folders in /health. A broken plugin does not make the
/// Processor unhealthy: it keeps serving every other document type.
/// </summary>
public sealed class PluginHealthCheck(PluginCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var loaded = string.Join(", ", catalog.Plugins.SelectMany(p => p.Extractors.Select(e => $"{e.DocumentType} {e.Descriptor.Version}")));
        var failures = catalog.Failures;
        var description = $"{catalog.Plugins.Count} loaded ({loaded})" + (failures.Count == 0 ? "" : $"; {failures.Count} failed: {string.Join("; ", failures.Values)}");
        return Task.FromResult(HealthCheckResult.Healthy(description));
    }
}
