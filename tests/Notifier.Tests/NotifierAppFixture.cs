using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;

namespace Intake.Notifier.Tests;

/// <summary>
/// The whole application with two Notifier replicas and a short delivery lease, so a killed
/// replica's deliveries are taken over within seconds.
/// </summary>
public sealed class NotifierAppFixture : IntakeAppFixture
{
    protected override string[] Args => ["Notifier:Replicas=2"];

    protected override Task ConfigureAsync(DistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("notifier").WithEnvironment("Delivery__Lease", "00:00:05");
        return Task.CompletedTask;
    }
}
