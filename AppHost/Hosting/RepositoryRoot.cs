namespace Intake.AppHost.Hosting;

/// <summary>The checkout the AppHost runs from: the first parent of its binaries holding Aspire.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Aspire.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DistributedApplicationException($"No Aspire.sln above {AppContext.BaseDirectory}.");
    }
}
