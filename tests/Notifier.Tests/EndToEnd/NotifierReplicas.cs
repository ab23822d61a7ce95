namespace Intake.Notifier.Tests.EndToEnd;

/// <summary>The tests that use the application's Notifier replicas, and the one that kills one: run one class at a time.</summary>
public static class NotifierReplicas
{
    public const string Collection = "Notifier replicas";
}
