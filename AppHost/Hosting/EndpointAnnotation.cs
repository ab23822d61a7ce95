namespace Intake.AppHost.Hosting;

/// <summary>
/// An endpoint a resource listens on. <see cref="Port"/> is the documented port people use;
/// when it is taken, or in tests, a free port is allocated instead, one per replica.
/// </summary>
public sealed class EndpointAnnotation(string name, string scheme, int? port)
{
    public string Name { get; } = name;

    public string Scheme { get; } = scheme;

    public int? Port { get; } = port;

    /// <summary>The ports given to each replica, filled when the application is built.</summary>
    public List<int> AllocatedPorts { get; } = [];

    /// <summary>Host name the URL uses; services listen on localhost (IPv4 and IPv6) like Aspire's.</summary>
    public string Host { get; set; } = "localhost";

    public string UrlFor(int replica) => $"{Scheme}://{Host}:{AllocatedPorts[replica]}";
}
