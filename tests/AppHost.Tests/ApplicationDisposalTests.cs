using Intake.AppHost.Hosting;
using Intake.AppHost.Orchestration;
using Intake.AppHost.Testing;

namespace Intake.AppHost.Tests;

public sealed class ApplicationDisposalTests
{
    [Fact(Timeout = 240_000)]
    public async Task Disposing_the_application_leaves_no_process_no_listening_port_and_no_data_behind()
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(["Processor:Replicas=2"], ct);
        var app = await builder.BuildAsync(ct);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var replicas = app.Resources.SelectMany(r => app.GetReplicas(r.Name)).ToList();
        var processIds = replicas.Select(r => r.ProcessId!.Value).ToList();
        var ports = app.Resources.SelectMany(r => r.Endpoints).SelectMany(e => e.AllocatedPorts).ToList();
        var directories = app.Options.TemporaryDirectories.Append(app.Options.DataDirectory).ToList();
        Assert.Equal(7, processIds.Count);
        Assert.All(processIds, pid => Assert.True(Signals.GroupAlive(pid)));

        await app.DisposeAsync();

        Assert.All(processIds, pid => Assert.False(Signals.GroupAlive(pid), $"process group {pid} is still alive"));
        Assert.All(processIds, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} is still alive"));
        Assert.All(ports, port => Assert.True(PortAllocator.IsFree(port), $"port {port} is still in use"));
        Assert.All(directories, directory => Assert.False(Directory.Exists(directory), $"{directory} was left behind"));
    }
}
