using Microsoft.Extensions.Hosting;

namespace Intake.Core.Data;

/// <summary>
/// Runs the migrations while the host starts, before Kestrel listens, so no request ever
/// meets an older schema; a failure stops the service (the AppHost reports its output).
/// </summary>
public sealed class MigrationService(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.ApplyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
