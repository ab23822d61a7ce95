using System.Security.Cryptography;
using System.Text;
using Intake.AppHost.Hosting;
using Npgsql;

namespace Intake.AppHost.Resources;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Postgres with database <c>intake</c>, password authentication, and its cluster kept
    /// across runs (like a volume) unless <c>--fresh</c>. As root, Postgres runs as the
    /// postgres user, so its directories live under /var/tmp where that user can reach them.
    /// </summary>
    public static IResourceBuilder<PostgresResource> AddPostgres(
        this IDistributedApplicationBuilder builder, string name, string databaseName = "intake", int port = 5433)
    {
        var options = builder.Options;
        var clusterDirectory = ClusterDirectory(options, name);
        var postgres = new PostgresResource(name, FindBinDirectory(builder), clusterDirectory, options.Secrets.PostgresPassword, databaseName)
        {
            StopSignal = Signals.SIGINT, // "fast shutdown": SIGTERM would wait for every client to disconnect
        };
        if (Signals.IsRoot)
        {
            // setpriv execs postgres in place (runuser would stay as its parent and relay signals).
            postgres.Command = "setpriv";
        }

        return builder.AddResource(postgres)
            .WithEndpoint(new EndpointAnnotation("tcp", "tcp", port) { Host = "127.0.0.1" })
            .BeforeStart(_ => PostgresCluster.EnsureInitialized(postgres, options))
            .WithArgs(_ => ServerArgs(postgres, options))
            .WithHealthCheck((_, ct) => SelectOneAsync(postgres.ConnectionStringFor("postgres"), ct))
            .OnReady(ct => CreateDatabaseAsync(postgres, ct));
    }

    /// <summary>Initializes the cluster on first start; later starts reuse it (Aspire's data volume).</summary>
    public static IResourceBuilder<PostgresResource> WithDataVolume(this IResourceBuilder<PostgresResource> builder)
    {
        var postgres = builder.Resource;
        var options = builder.ApplicationBuilder.Options;
        if (options.Fresh && Directory.Exists(postgres.ClusterDirectory))
        {
            Directory.Delete(postgres.ClusterDirectory, recursive: true);
        }

        return builder;
    }

    private static IEnumerable<string> ServerArgs(PostgresResource postgres, DistributedApplicationOptions options)
    {
        var args = new List<string>();
        if (Signals.IsRoot)
        {
            args.AddRange([.. PostgresCluster.AsPostgresUser, Path.Combine(postgres.BinDirectory, "postgres")]);
        }

        // A Unix socket path is limited to 107 bytes; from a deep checkout, Postgres listens on TCP only.
        var socketPath = Path.Combine(postgres.SocketDirectory, $".s.PGSQL.{postgres.Port}");
        var socketDirectory = Encoding.UTF8.GetByteCount(socketPath) < 100 ? postgres.SocketDirectory : "";
        args.AddRange(["-D", postgres.DataDirectory, "-p", postgres.Port.ToString(), "-k", socketDirectory,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"]);
        if (options.IsTesting)
        {
            // Test clusters are thrown away: durability only costs time there.
            args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        return args;
    }

    private static async Task<bool> SelectOneAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=3");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select 1", connection);
        return (int?)await command.ExecuteScalarAsync(cancellationToken) == 1;
    }

    private static async Task CreateDatabaseAsync(PostgresResource postgres, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionStringFor("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", postgres.DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // CREATE DATABASE takes no parameters; the name is ours, quoted as an identifier.
            await using var create = new NpgsqlCommand($"create database \"{postgres.DatabaseName.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string ClusterDirectory(DistributedApplicationOptions options, string name)
    {
        if (!Signals.IsRoot)
        {
            return Path.Combine(options.DataDirectory, name);
        }

        // A checkout under a 0700 home directory is out of the postgres user's reach.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(options.DataDirectory)))[..12];
        var directory = Path.Combine("/var/tmp", $"intake-{hash}", name);
        if (options.IsTesting)
        {
            options.TemporaryDirectories.Add(Path.GetDirectoryName(directory)!);
        }

        return directory;
    }

    private static string FindBinDirectory(IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration["Postgres:BinDirectory"] is { Length: > 0 } configured)
        {
            return configured;
        }

        const string debianRoot = "/usr/lib/postgresql";
        var newest = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return newest ?? throw new DistributedApplicationException(
            "Postgres server binaries not found under /usr/lib/postgresql; install them (./build.sh does) or set Postgres:BinDirectory.");
    }
}
