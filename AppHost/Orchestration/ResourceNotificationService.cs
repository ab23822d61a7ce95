using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>Lets callers wait for a resource to become healthy (Aspire's ResourceNotificationService).</summary>
public sealed class ResourceNotificationService(IReadOnlyList<Resource> resources)
{
    private readonly Dictionary<string, TaskCompletionSource> _healthy = resources.ToDictionary(
        r => r.Name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private readonly Dictionary<string, IReadOnlyList<ReplicaSupervisor>> _replicas = [];

    /// <summary>Waits until the resource has started, and every replica currently answers its health check.</summary>
    public async Task WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        await _healthy[resourceName].Task.WaitAsync(cancellationToken);
        while (true)
        {
            var checks = await Task.WhenAll(_replicas[resourceName].Select(async replica =>
                replica.State == ResourceState.Healthy && await SafeProbe(replica, cancellationToken)));
            if (checks.All(ok => ok))
            {
                return;
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    internal void MarkHealthy(Resource resource, IReadOnlyList<ReplicaSupervisor> replicas)
    {
        lock (_replicas)
        {
            _replicas[resource.Name] = replicas;
        }

        _healthy[resource.Name].TrySetResult();
    }

    private static async Task<bool> SafeProbe(ReplicaSupervisor replica, CancellationToken cancellationToken)
    {
        try
        {
            return await replica.IsHealthyAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
