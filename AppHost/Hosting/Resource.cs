namespace Intake.AppHost.Hosting;

/// <summary>
/// A thing the AppHost runs, in Aspire's resource model: a name, how it is started, the
/// endpoints it listens on, the variables it is given, what it waits for and how its
/// health is judged. Executables and projects are the two kinds we need.
/// </summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    public abstract ResourceKind Kind { get; }

    public List<EndpointAnnotation> Endpoints { get; } = [];

    /// <summary>Callbacks that fill a replica's environment when it starts (Aspire's EnvironmentCallbackAnnotation).</summary>
    public List<Action<EnvironmentContext>> EnvironmentCallbacks { get; } = [];

    /// <summary>Resources that must be healthy before this one starts (Aspire's WaitAnnotation).</summary>
    public List<Resource> WaitsFor { get; } = [];

    public int Replicas { get; set; } = 1;

    /// <summary>Judges one replica healthy; null means "running is healthy".</summary>
    public Func<ResourceReplica, CancellationToken, Task<bool>>? HealthCheck { get; set; }

    /// <summary>Prepares the machine before each start of a replica (initializing a data directory).</summary>
    public List<Action<ResourceReplica>> BeforeStart { get; } = [];

    /// <summary>Runs once after the resource first becomes healthy (creating a database or a bucket).</summary>
    public List<Func<CancellationToken, Task>> OnReady { get; } = [];

    /// <summary>The signal that asks the process to stop gracefully (SIGINT is Postgres's "fast shutdown").</summary>
    public int StopSignal { get; set; } = Signals.SIGTERM;

    public EndpointAnnotation? GetEndpoint(string name) => Endpoints.FirstOrDefault(e => e.Name == name);

    /// <summary>The command line of one replica.</summary>
    public abstract ProcessSpec GetProcessSpec(ResourceReplica replica);

    public override string ToString() => Name;
}

public enum ResourceKind { Executable, Project }

/// <summary>What to execute for one replica.</summary>
public sealed record ProcessSpec(string Command, IReadOnlyList<string> Args, string WorkingDirectory);

/// <summary>One running copy of a resource; its ports are allocated when the application is built.</summary>
public sealed record ResourceReplica(Resource Resource, int Index)
{
    public string InstanceId { get; } = Index == 0 && Resource.Replicas == 1
        ? Resource.Name
        : $"{Resource.Name}-{Index}";

    public int Port(string endpointName = "http") =>
        Resource.GetEndpoint(endpointName)?.AllocatedPorts[Index]
        ?? throw new InvalidOperationException($"{Resource.Name} has no endpoint named {endpointName}.");

    public string Url(string endpointName = "http") =>
        Resource.GetEndpoint(endpointName)!.UrlFor(Index);
}

/// <summary>The variables being assembled for one replica.</summary>
public sealed class EnvironmentContext(ResourceReplica replica, DistributedApplicationOptions options)
{
    public ResourceReplica Replica { get; } = replica;

    public DistributedApplicationOptions Options { get; } = options;

    public Dictionary<string, string> Variables { get; } = [];
}
