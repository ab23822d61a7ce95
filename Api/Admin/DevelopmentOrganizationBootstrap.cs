using Intake.Core.Organizations;
using Microsoft.Extensions.Options;

namespace Intake.Api.Admin;

/// <summary>
/// Creates the development organization with the AppHost's key on start, so that the key
/// printed by <c>./build.sh run</c> works at once. Runs after the migrations (registered later).
/// </summary>
internal sealed class DevelopmentOrganizationBootstrap(
    OrganizationStore organizations,
    IOptions<BootstrapOptions> options,
    IHostEnvironment environment,
    ILogger<DevelopmentOrganizationBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || options.Value.DevApiKey is not { Length: > 0 } devKey)
        {
            return;
        }

        if (await organizations.EnsureDevelopmentOrganizationAsync(devKey, cancellationToken))
        {
            logger.LogInformation("Created the Development organization for the AppHost's development API key");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
