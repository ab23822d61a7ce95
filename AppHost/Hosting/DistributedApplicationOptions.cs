using Intake.AppHost.Orchestration;

namespace Intake.AppHost.Hosting;

/// <summary>How the application runs: for people (fixed ports, kept data) or for tests.</summary>
public sealed class DistributedApplicationOptions
{
    /// <summary>The repository root (where Aspire.sln is).</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Where resources keep their data (Postgres cluster, object store files, secrets).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Tests: every endpoint gets a free random port, data lives in a temp directory.</summary>
    public bool IsTesting { get; init; }

    /// <summary>Wipe kept data before starting (<c>--fresh</c>).</summary>
    public bool Fresh { get; init; }

    /// <summary>The environment name given to services (Development unless configured).</summary>
    public string EnvironmentName { get; init; } = "Development";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public required AppHostSecrets Secrets { get; init; }

    /// <summary>Directories a test run created outside <see cref="DataDirectory"/>, deleted with it on disposal.</summary>
    public List<string> TemporaryDirectories { get; } = [];
}
