using Intake.AppHost.Hosting;

namespace Intake.AppHost.Resources;

/// <summary>A Postgres cluster run from Debian's binaries, with the application's database in it.</summary>
public sealed class PostgresResource(string name, string binDirectory, string clusterDirectory, string password, string databaseName)
    : ExecutableResource(name, Path.Combine(binDirectory, "postgres"), clusterDirectory), IResourceWithConnectionString
{
    public const string UserName = "postgres";

    public string BinDirectory { get; } = binDirectory;

    /// <summary>Holds <c>data/</c> (the cluster) and <c>run/</c> (the socket); reachable by the postgres user.</summary>
    public string ClusterDirectory { get; } = clusterDirectory;

    public string DataDirectory => Path.Combine(ClusterDirectory, "data");

    public string SocketDirectory => Path.Combine(ClusterDirectory, "run");

    public string Password { get; } = password;

    public string DatabaseName { get; } = databaseName;

    public int Port => Endpoints[0].AllocatedPorts[0];

    public string GetConnectionString() => ConnectionStringFor(DatabaseName);

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={UserName};Password={Password};Database={database}";
}
