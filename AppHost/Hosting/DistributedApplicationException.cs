namespace Intake.AppHost.Hosting;

/// <summary>The application could not be built or started; the message says which resource and why.</summary>
public sealed class DistributedApplicationException(string message, Exception? inner = null)
    : Exception(message, inner);
