using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// Keeps one replica running: starts its process with its environment, waits until it is
/// healthy, and restarts it with backoff when it crashes, saying so on the console.
/// </summary>
public sealed class ReplicaSupervisor(ResourceReplica replica, DistributedApplicationOptions options, ConsoleReporter console)
{
    private readonly StartupOutput _startupOutput = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private ManagedProcess? _process;
    private Task _supervision = Task.CompletedTask;

    public ResourceReplica Replica { get; } = replica;

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public int Restarts { get; private set; }

    public ReplicaSnapshot Snapshot()
    {
        int? processId;
        lock (_gate)
        {
            processId = _process?.Id;
        }

        return new(Replica.InstanceId, Replica.Resource.Kind, State, processId, Restarts,
            string.Join(", ", Replica.Resource.Endpoints.Select(e => e.UrlFor(Replica.Index))));
    }

    /// <summary>Starts the process and returns once it is healthy; throws with its output if it exits first.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        try
        {
            await WaitHealthyAsync(Launch(), cancellationToken);
        }
        catch (Exception ex) when (ex is not (DistributedApplicationException or OperationCanceledException))
        {
            State = ResourceState.Failed;
            throw new DistributedApplicationException($"{Replica.InstanceId} could not start: {ex.Message}", ex);
        }
        catch
        {
            State = ResourceState.Failed;
            throw;
        }

        State = ResourceState.Healthy;
        _supervision = Task.Run(() => SuperviseAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Ends supervision first (so nothing restarts), then stops whatever process is current.</summary>
    public async Task StopAsync()
    {
        if (State is ResourceState.Stopped or ResourceState.NotStarted)
        {
            return;
        }

        await _stopping.CancelAsync();
        State = ResourceState.Stopping;
        await _supervision;
        ManagedProcess? process;
        lock (_gate)
        {
            process = _process;
        }

        if (process is not null)
        {
            await process.StopAsync(Replica.Resource.StopSignal, options.StopTimeout);
            lock (_gate)
            {
                // A snapshot of a stopped replica must not read the id of a disposed process.
                _process = null;
            }

            process.Dispose();
        }

        State = ResourceState.Stopped;
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        Replica.Resource.HealthCheck?.Invoke(Replica, cancellationToken) ?? Task.FromResult(true);

    private ManagedProcess Launch()
    {
        lock (_gate)
        {
            // Checked under the lock StopAsync reads _process with: no process starts after a stop began.
            _stopping.Token.ThrowIfCancellationRequested();
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

            await Task.WhenAny(process.Exited, Task.Delay(options.HealthCheckInterval, cancellationToken));
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.HealthCheckTimeout);
            return await IsHealthyAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Restarts the replica whenever it exits: after 1 s, then 2 s, 4 s … up to the configured maximum.</summary>
    private async Task SuperviseAsync(CancellationToken stopping)
    {
        var delay = options.RestartDelay;
        while (true)
        {
            var runningSince = DateTime.UtcNow;
            int exitCode;
            try
            {
                exitCode = await _process!.Exited.WaitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // A replica that ran a good while before crashing starts again from the short delay.
            if (DateTime.UtcNow - runningSince > options.RestartDelayResetAfter)
            {
                delay = options.RestartDelay;
            }

            State = ResourceState.Restarting;
            Restarts++;
            console.Notice($"{Replica.InstanceId} exited with code {exitCode}; restarting in {delay.TotalSeconds:0}s (restart {Restarts}).");
            try
            {
                await _process.KillGroupAsync();
                await Task.Delay(delay, stopping);
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
            catch (Exception ex)
            {
                // Whatever failed (the process exited again, its command is missing), the next round retries it.
                console.Notice($"{Replica.InstanceId} could not be restarted: {ex.Message}");
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRestartDelay.Ticks));
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
