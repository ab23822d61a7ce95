using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

public enum ResourceState { NotStarted, Starting, Healthy, Restarting, Stopping, Stopped, Failed }

/// <summary>What one replica is doing now, for the console table and for tests.</summary>
public sealed record ReplicaSnapshot(string Instance, ResourceKind Kind, ResourceState State, int? ProcessId, int Restarts, string Urls);
