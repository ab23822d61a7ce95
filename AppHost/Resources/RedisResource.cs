using System.Net.Sockets;
using System.Text;
using Intake.AppHost.Hosting;

namespace Intake.AppHost.Resources;

/// <summary>Debian's redis-server on loopback.</summary>
public sealed class RedisResource(string name) : ExecutableResource(name, "redis-server", "/"), IResourceWithConnectionString
{
    public string GetConnectionString() => $"127.0.0.1:{Endpoints[0].AllocatedPorts[0]}";
}

public static class RedisBuilderExtensions
{
    /// <summary>Redis without persistence: in development it carries only wake-ups and rate-limit counters.</summary>
    public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name, int port = 6380)
    {
        var redis = new RedisResource(name);
        return builder.AddResource(redis)
            .WithEndpoint(new EndpointAnnotation("tcp", "tcp", port) { Host = "127.0.0.1" })
            .WithArgs(replica => ["--port", replica.Port("tcp").ToString(), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no"])
            .WithHealthCheck((replica, ct) => PingAsync(replica.Port("tcp"), ct));
    }

    private static async Task<bool> PingAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
    }
}
