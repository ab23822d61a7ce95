using System.Collections.Concurrent;
using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// Starts resources as their dependencies become healthy (all independent ones at once),
/// runs each one's on-ready hooks, prints the table, and stops them in reverse order.
/// </summary>
public sealed class Orchestrator(IReadOnlyList<Resource> resources, DistributedApplicationOptions options, ConsoleReporter console)
{
    private readonly ConcurrentDictionary<Resource, List<ReplicaSupervisor>> _supervisors = new(resources.ToDictionary(
        r => r, r => NewSupervisors(r, options, console)));

    private readonly List<Resource> _startOrder = [];
    private readonly SemaphoreSlim _lifecycle = new(1, 1);

    public ResourceNotificationService Notifications { get; } = new(resources);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartTimeout);
        var started = new Dictionary<Resource, Task>();
        foreach (var resource in DependencyOrder())
        {
            var start = StartResourceAsync(resource, resource.WaitsFor.Select(d => started[d]).ToList(), timeout.Token);
            // One failure ends the start at once: the others stop waiting, the caller stops what runs.
            _ = start.ContinueWith(_ => timeout.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            started[resource] = start;
        }

        try
        {
            await Task.WhenAll(started.Values);
        }
        catch (Exception) when (started.Values.FirstOrDefault(t => t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException) is { } failed)
        {
            throw failed.Exception!.InnerException!;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var waiting = string.Join(", ", started.Where(s => !s.Value.IsCompletedSuccessfully).Select(s => s.Key.Name));
            throw new DistributedApplicationException($"Not healthy within {options.StartTimeout.TotalSeconds:0}s: {waiting}.");
        }

        console.PrintTable(AllSnapshots());
    }

    public async Task StopAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            // Services first, then what they depend on, so nothing logs a lost connection on the way down.
            foreach (var resource in DependencyOrder().AsEnumerable().Reverse())
            {
                await Task.WhenAll(_supervisors[resource].Select(StopQuietlyAsync));
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops every replica of one resource and leaves it stopped (Aspire's "stop" command),
    /// so tests can see how the others cope while, say, Redis is down.
    /// </summary>
    public async Task StopResourceAsync(string resourceName)
    {
        await _lifecycle.WaitAsync();
        try
        {
            await Task.WhenAll(_supervisors[Find(resourceName)].Select(StopQuietlyAsync));
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Starts a stopped resource again on the same ports, and returns once every replica is healthy.</summary>
    public async Task StartResourceAsync(string resourceName, CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            var resource = Find(resourceName);
            if (_supervisors[resource].Any(s => s.State is not (ResourceState.Stopped or ResourceState.NotStarted)))
            {
                throw new DistributedApplicationException($"{resourceName} is not stopped.");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            var supervisors = NewSupervisors(resource, options, console);
            _supervisors[resource] = supervisors;
            await Task.WhenAll(supervisors.Select(s => s.StartAsync(timeout.Token)));
            Notifications.MarkHealthy(resource, supervisors);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private static List<ReplicaSupervisor> NewSupervisors(Resource resource, DistributedApplicationOptions options, ConsoleReporter console) =>
        Enumerable.Range(0, resource.Replicas).Select(i => new ReplicaSupervisor(new ResourceReplica(resource, i), options, console)).ToList();

    private Resource Find(string resourceName) =>
        resources.SingleOrDefault(r => r.Name == resourceName) ?? throw new DistributedApplicationException($"There is no resource named {resourceName}.");

    private async Task StopQuietlyAsync(ReplicaSupervisor supervisor)
    {
        try
        {
            await supervisor.StopAsync();
        }
        catch (Exception ex)
        {
            // One replica that will not stop cleanly must not keep the others running.
            console.Notice($"{supervisor.Replica.InstanceId} did not stop cleanly: {ex.Message}");
        }
    }

    public IReadOnlyList<ReplicaSnapshot> Snapshot(string resourceName) =>
        _supervisors[Find(resourceName)].Select(s => s.Snapshot()).ToList();

    private IEnumerable<ReplicaSnapshot> AllSnapshots() =>
        DependencyOrder().SelectMany(r => _supervisors[r]).Select(s => s.Snapshot());

    private async Task StartResourceAsync(Resource resource, IReadOnlyList<Task> dependencies, CancellationToken cancellationToken)
    {
        await Task.WhenAll(dependencies);
        console.Notice($"starting {resource.Name}");
        await Task.WhenAll(_supervisors[resource].Select(s => s.StartAsync(cancellationToken)));
        foreach (var onReady in resource.OnReady)
        {
            await onReady(cancellationToken);
        }

        Notifications.MarkHealthy(resource, _supervisors[resource]);
    }

    private List<Resource> DependencyOrder()
    {
        if (_startOrder.Count == resources.Count)
        {
            return _startOrder;
        }

        var visiting = new HashSet<Resource>();
        void Visit(Resource resource)
        {
            if (_startOrder.Contains(resource))
            {
                return;
            }

            if (!visiting.Add(resource))
            {
                throw new DistributedApplicationException($"{resource.Name} waits for itself through its dependencies.");
            }

            resource.WaitsFor.ForEach(Visit);
            _startOrder.Add(resource);
        }

        foreach (var resource in resources)
        {
            Visit(resource);
        }

        return _startOrder;
    }
}
