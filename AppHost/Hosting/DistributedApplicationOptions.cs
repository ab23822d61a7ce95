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

    /// <summary>How often a starting resource's health check is tried.</summary>
    public TimeSpan HealthCheckInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one health check may take before it counts as a failure.</summary>
    public TimeSpan HealthCheckTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the first restart of a crashed resource; it doubles with each further crash.</summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between restarts.</summary>
    public TimeSpan MaxRestartDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A resource that ran this long before crashing restarts after <see cref="RestartDelay"/> again.</summary>
    public TimeSpan RestartDelayResetAfter { get; init; } = TimeSpan.FromMinutes(1);

    public required AppHostSecrets Secrets { get; init; }

    /// <summary>Directories a test run created outside <see cref="DataDirectory"/>, deleted with it on disposal.</summary>
    public List<string> TemporaryDirectories { get; } = [];
}
