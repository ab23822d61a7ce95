using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// Keeps one replica running: starts its process with its environment, waits until it is
/// healthy, and restarts it with backoff when it crashes, saying so on the console.
/// </summary>
public sealed class ReplicaSupervisor(ResourceReplica replica, DistributedApplicationOptions options, ConsoleReporter console)
{
    private static readonly TimeSpan HealthPollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly StartupOutput _startupOutput = new();
    private readonly CancellationTokenSource _stopping = new();
    private ManagedProcess? _process;
    private Task? _supervision;

    public ResourceReplica Replica { get; } = replica;

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public int Restarts { get; private set; }

    public ReplicaSnapshot Snapshot() => new(
        Replica.InstanceId, Replica.Resource.Kind, State, _process?.Id, Restarts,
        string.Join(", ", Replica.Resource.Endpoints.Select(e => e.UrlFor(Replica.Index))));

    /// <summary>Starts the process and returns once it is healthy; throws with its output if it exits first.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        var process = Launch();
        try
        {
            await WaitHealthyAsync(process, cancellationToken);
        }
        catch (DistributedApplicationException)
        {
            State = ResourceState.Failed;
            throw;
        }

        State = ResourceState.Healthy;
        _supervision = Task.Run(() => SuperviseAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_process is { } process)
        {
            State = ResourceState.Stopping;
            await process.StopAsync(Replica.Resource.StopSignal, options.StopTimeout);
        }

        if (_supervision is not null)
        {
            await _supervision;
        }

        State = ResourceState.Stopped;
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        Replica.Resource.HealthCheck?.Invoke(Replica, cancellationToken) ?? Task.FromResult(true);

    private ManagedProcess Launch()
    {
        Replica.Resource.BeforeStart.ForEach(prepare => prepare(Replica));
        var context = new EnvironmentContext(Replica, options);
        Replica.Resource.EnvironmentCallbacks.ForEach(callback => callback(context));
        var spec = Replica.Resource.GetProcessSpec(Replica);
        _startupOutput.Clear();
        _process?.Dispose();
        _process = ManagedProcess.Start(spec, context.Variables, line =>
        {
            if (!console.Output(Replica.InstanceId, line))
            {
                _startupOutput.Add(line);
            }
        });
        return _process;
    }

    private async Task WaitHealthyAsync(ManagedProcess process, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.Exited.IsCompleted)
            {
                throw new DistributedApplicationException(
                    $"{Replica.InstanceId} exited with code {process.Exited.Result} before it became healthy. Its output:\n{_startupOutput}");
            }

            if (await ProbeAsync(cancellationToken))
            {
                return;
            }

            await Task.WhenAny(process.Exited, Task.Delay(HealthPollInterval, cancellationToken));
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return await IsHealthyAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Restarts the replica whenever it exits unexpectedly: 1 s, 2 s, 4 s … 30 s apart.</summary>
    private async Task SuperviseAsync(CancellationToken stopping)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            var healthySince = DateTime.UtcNow;
            var exitCode = await _process!.Exited.WaitAsync(stopping).ContinueWith(
                t => t.IsCompletedSuccessfully ? t.Result : (int?)null, TaskScheduler.Default);
            if (exitCode is null || stopping.IsCancellationRequested)
            {
                return;
            }

            // A replica that ran a good while before crashing starts again from the short delay.
            if (DateTime.UtcNow - healthySince > TimeSpan.FromMinutes(1))
            {
                backoff = TimeSpan.FromSeconds(1);
            }

            State = ResourceState.Restarting;
            Restarts++;
            console.Notice($"{Replica.InstanceId} exited with code {exitCode}; restarting in {backoff.TotalSeconds:0}s (restart {Restarts}).");
            await _process.KillGroupAsync();
            try
            {
                await Task.Delay(backoff, stopping);
                await StartAgainAsync(stopping);
                console.Notice($"{Replica.InstanceId} is healthy again.");
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                console.Notice($"{Replica.InstanceId} did not become healthy within {options.StartTimeout.TotalSeconds:0}s; restarting it.");
                await _process.KillGroupAsync();
            }
            catch (DistributedApplicationException ex)
            {
                console.Notice(ex.Message);
            }

            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    private async Task StartAgainAsync(CancellationToken stopping)
    {
        State = ResourceState.Starting;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.StartTimeout);
        await WaitHealthyAsync(Launch(), timeout.Token);
        State = ResourceState.Healthy;
    }
}
