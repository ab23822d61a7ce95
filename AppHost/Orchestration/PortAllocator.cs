using System.Net;
using System.Net.Sockets;
using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// Gives every endpoint replica a port before anything starts, so connection strings and
/// service URLs are known up front: the documented port when it is free (people), else a
/// free port chosen by the kernel (tests, or when something already listens there).
/// </summary>
public static class PortAllocator
{
    public static void Allocate(IEnumerable<Resource> resources, bool randomPorts)
    {
        var taken = new HashSet<int>();
        foreach (var endpoint in resources.SelectMany(r => r.Endpoints.Select(e => (Resource: r, Endpoint: e))))
        {
            endpoint.Endpoint.AllocatedPorts.Clear();
            for (var replica = 0; replica < endpoint.Resource.Replicas; replica++)
            {
                var wanted = endpoint.Endpoint.Port;
                var port = !randomPorts && replica == 0 && wanted is { } fixedPort && !taken.Contains(fixedPort) && IsFree(fixedPort)
                    ? fixedPort
                    : FreePort(taken);
                taken.Add(port);
                endpoint.Endpoint.AllocatedPorts.Add(port);
            }
        }
    }

    public static bool IsFree(int port) => CanBind(IPAddress.Loopback, port) && CanBind(IPAddress.IPv6Loopback, port);

    private static int FreePort(HashSet<int> taken)
    {
        while (true)
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
            if (!taken.Contains(port) && CanBind(IPAddress.IPv6Loopback, port))
            {
                return port;
            }
        }
    }

    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            // No IPv6 on this machine: that address family cannot conflict.
            return address.AddressFamily == AddressFamily.InterNetworkV6;
        }
    }
}
