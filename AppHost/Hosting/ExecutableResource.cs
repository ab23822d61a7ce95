namespace Intake.AppHost.Hosting;

/// <summary>A program on this machine (postgres, redis-server, node), as Aspire's ExecutableResource.</summary>
public class ExecutableResource(string name, string command, string workingDirectory) : Resource(name)
{
    public override ResourceKind Kind => ResourceKind.Executable;

    public string Command { get; set; } = command;

    public string WorkingDirectory { get; set; } = workingDirectory;

    /// <summary>Argument callbacks, evaluated per replica once ports are known.</summary>
    public List<Func<ResourceReplica, IEnumerable<string>>> ArgsCallbacks { get; } = [];

    public override ProcessSpec GetProcessSpec(ResourceReplica replica) =>
        new(Command, ArgsCallbacks.SelectMany(args => args(replica)).ToList(), WorkingDirectory);
}
