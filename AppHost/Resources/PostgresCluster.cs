using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Intake.AppHost.Hosting;
using Intake.AppHost.Orchestration;

namespace Intake.AppHost.Resources;

/// <summary>Creates the cluster with <c>initdb</c> the first time, and re-creates it when its password no longer matches.</summary>
public static class PostgresCluster
{
    private const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary><c>setpriv</c>'s arguments that run a command as the postgres user (Postgres refuses to run as root).</summary>
    public static readonly string[] AsPostgresUser =
        ["--reuid", PostgresResource.UserName, "--regid", PostgresResource.UserName, "--init-groups", "--"];

    public static void EnsureInitialized(PostgresResource postgres, DistributedApplicationOptions options)
    {
        var passwordMarker = Path.Combine(postgres.ClusterDirectory, "password.sha256");
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(postgres.Password)));
        var initialized = File.Exists(Path.Combine(postgres.DataDirectory, "PG_VERSION"));
        if (initialized && File.Exists(passwordMarker) && File.ReadAllText(passwordMarker).Trim() == expected)
        {
            Directory.CreateDirectory(postgres.SocketDirectory);
            ChownToPostgres(postgres.SocketDirectory);
            return;
        }

        // A cluster from another secrets file (or half-made) cannot be logged into: start it over.
        if (Directory.Exists(postgres.ClusterDirectory))
        {
            Directory.Delete(postgres.ClusterDirectory, recursive: true);
        }

        CreateReachable(Path.GetDirectoryName(postgres.ClusterDirectory)!);
        CreateReachable(postgres.ClusterDirectory);
        Directory.CreateDirectory(postgres.SocketDirectory);
        var passwordFile = Path.Combine(postgres.ClusterDirectory, "initdb.pw");
        SecretFile.Write(passwordFile, postgres.Password);
        ChownToPostgres(postgres.ClusterDirectory);
        try
        {
            var initdb = Path.Combine(postgres.BinDirectory, "initdb");
            List<string> args = ["-D", postgres.DataDirectory, "-U", PostgresResource.UserName, "--pwfile", passwordFile,
                "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C"];
            if (options.IsTesting)
            {
                args.Add("--no-sync");
            }

            Run(Signals.IsRoot ? "setpriv" : initdb, Signals.IsRoot ? [.. AsPostgresUser, initdb, .. args] : args);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        File.WriteAllText(passwordMarker, expected);
    }

    private static void CreateReachable(string directory)
    {
        Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, Traversable);
    }

    private static void ChownToPostgres(string directory)
    {
        if (Signals.IsRoot)
        {
            Run("chown", ["-R", $"{PostgresResource.UserName}:{PostgresResource.UserName}", directory]);
        }
    }

    private static void Run(string command, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new DistributedApplicationException($"{command} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
