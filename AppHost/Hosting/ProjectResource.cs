namespace Intake.AppHost.Hosting;

/// <summary>
/// One of our .NET services, run from its build output with <c>dotnet</c> (as Aspire runs a
/// project resource), in the same configuration the AppHost was built in.
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory) : Resource(name)
{
#if DEBUG
    public const string BuildConfiguration = "Debug";
#else
    public const string BuildConfiguration = "Release";
#endif

    public override ResourceKind Kind => ResourceKind.Project;

    public string ProjectDirectory { get; } = projectDirectory;

    public string AssemblyPath
    {
        get
        {
            var projectName = Path.GetFileName(ProjectDirectory);
            return Path.Combine(ProjectDirectory, "bin", BuildConfiguration, "net10.0", projectName + ".dll");
        }
    }

    public override ProcessSpec GetProcessSpec(ResourceReplica replica)
    {
        if (!File.Exists(AssemblyPath))
        {
            throw new DistributedApplicationException(
                $"{Name}: {AssemblyPath} is missing. Build first: dotnet build -c {BuildConfiguration} Aspire.sln");
        }

        return new ProcessSpec("dotnet", [AssemblyPath], ProjectDirectory);
    }
}
