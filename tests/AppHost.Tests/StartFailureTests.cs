using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;

namespace Intake.AppHost.Tests;

public sealed class StartFailureTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_resource_that_exits_while_starting_fails_the_start_with_its_output()
    {
        var ct = TestContext.Current.CancellationToken;
        // The object store's command is configuration: make it one that fails at once.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(
            ["ObjectStore:Command=sh", "ObjectStore:Args:0=-c", "ObjectStore:Args:1=echo no space left for buckets >&2; exit 3"], ct);
        await using var app = await builder.BuildAsync(ct);

        var failure = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync(ct));

        Assert.Contains("objectstore exited with code 3", failure.Message);
        Assert.Contains("no space left for buckets", failure.Message);
    }
}
