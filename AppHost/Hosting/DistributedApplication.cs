using System.Runtime.InteropServices;
using Intake.AppHost.Orchestration;

namespace Intake.AppHost.Hosting;

/// <summary>
/// The built application: starts every resource in dependency order, keeps them running,
/// and stops them all, process trees included. Mirrors Aspire's DistributedApplication.
/// </summary>
public sealed partial class DistributedApplication : IAsyncDisposable
{
    private readonly Orchestrator _orchestrator;
    private readonly ConsoleReporter _console;
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DistributedApplication(IReadOnlyList<Resource> resources, DistributedApplicationOptions options)
    {
        Resources = resources;
        Options = options;
        _console = new ConsoleReporter(quiet: options.IsTesting);
        _orchestrator = new Orchestrator(resources, options, _console);
    }

    public IReadOnlyList<Resource> Resources { get; }

    public DistributedApplicationOptions Options { get; }

    public ResourceNotificationService ResourceNotifications => _orchestrator.Notifications;

    public Task StartAsync(CancellationToken cancellationToken = default) => _orchestrator.StartAsync(cancellationToken);

    public Task StopAsync() => _orchestrator.StopAsync();

    /// <summary>Stops one resource's replicas and keeps them stopped until <see cref="StartResourceAsync"/>.</summary>
    public Task StopResourceAsync(string resourceName) => _orchestrator.StopResourceAsync(resourceName);

    /// <summary>Starts a stopped resource again, on the same ports; returns once it is healthy.</summary>
    public Task StartResourceAsync(string resourceName, CancellationToken cancellationToken = default) =>
        _orchestrator.StartResourceAsync(resourceName, cancellationToken);

    /// <summary>
    /// Starts everything, prints where it is, and runs until Ctrl+C or SIGTERM. Under the
    /// testing builder the test owns the application, so this only waits for its disposal.
    /// </summary>
    public void Run()
    {
        if (Options.IsTesting)
        {
            _disposed.Task.GetAwaiter().GetResult();
            return;
        }

        using var stopping = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            StartAsync(stopping.Token).GetAwaiter().GetResult();
            _console.Notice($"development API key: {Options.Secrets.DevApiKey} (also in {Path.Combine(Options.DataDirectory, "dev-api-key")})");
            _console.Notice("press Ctrl+C to stop everything");
            stopping.Token.WaitHandle.WaitOne();
        }
        catch (Exception ex) when (ex is DistributedApplicationException or OperationCanceledException)
        {
            if (!stopping.IsCancellationRequested)
            {
                Console.Error.WriteLine($"[apphost] {ex.Message}");
                Environment.ExitCode = 1;
            }
        }
        finally
        {
            _console.Notice("stopping");
            StopAsync().GetAwaiter().GetResult();
            _console.Notice("stopped");
        }
    }

    public string GetConnectionString(string resourceName) =>
        Find(resourceName) is IResourceWithConnectionString withConnection
            ? withConnection.GetConnectionString()
            : throw new DistributedApplicationException($"{resourceName} has no connection string.");

    public ValueTask<string?> GetConnectionStringAsync(string resourceName, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<string?>(GetConnectionString(resourceName));

    /// <summary>An HttpClient whose base address is the resource's endpoint (first replica).</summary>
    public HttpClient CreateHttpClient(string resourceName, string endpointName = "http") =>
        new() { BaseAddress = GetEndpoint(resourceName, endpointName) };

    public Uri GetEndpoint(string resourceName, string endpointName = "http", int replica = 0) =>
        new(new ResourceReplica(Find(resourceName), replica).Url(endpointName));

    /// <summary>The state of each replica of a resource, with its process id.</summary>
    public IReadOnlyList<ReplicaSnapshot> GetReplicas(string resourceName) => _orchestrator.Snapshot(resourceName);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (Options.IsTesting)
            {
                foreach (var directory in Options.TemporaryDirectories.Append(Options.DataDirectory))
                {
                    TryDelete(directory);
                }
            }

            _disposed.TrySetResult();
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open cannot stop disposal; the temp directory is reclaimed later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Resource Find(string name) =>
        Resources.FirstOrDefault(r => r.Name == name) ?? throw new DistributedApplicationException($"No resource named '{name}'.");
}
