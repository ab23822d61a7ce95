using System.Net;
using Intake.AppHost.Hosting;
using Intake.AppHost.Orchestration;

namespace Intake.AppHost.Tests;

public sealed class ServiceRestartTests(IntakeAppFixture fixture)
{
    [Fact(Timeout = 120_000)]
    public async Task A_killed_service_is_restarted_and_becomes_healthy_again()
    {
        var before = fixture.App.GetReplicas("api").Single();
        Assert.True(Signals.Send(before.ProcessId!.Value, Signals.SIGKILL));

        ReplicaSnapshot after;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            after = fixture.App.GetReplicas("api").Single();
        }
        while ((after.ProcessId == before.ProcessId || after.State != ResourceState.Healthy) && DateTime.UtcNow < deadline);

        Assert.True(after.State == ResourceState.Healthy && after.ProcessId != before.ProcessId, $"the Api was not restarted: {after}");
        Assert.Equal(before.Restarts + 1, after.Restarts);
        using var client = fixture.App.CreateHttpClient("api");
        var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
