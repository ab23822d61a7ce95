using System.Net;
using System.Net.Sockets;
using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Options;

namespace Intake.Notifier.Delivery;

/// <summary>
/// The one HttpClient deliveries go through: its own (no ServiceDefaults retries or breaker:
/// the schedule is ours), no redirects, and every connection checked by the outbound address
/// guard on the address actually dialled, after DNS.
/// </summary>
public sealed class WebhookHttpClient : IDisposable
{
    public WebhookHttpClient(IOptions<WebhookOptions> webhooks, IOptions<DeliveryOptions> delivery)
    {
        var allowLoopback = webhooks.Value.AllowLoopback;
        Client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            MaxConnectionsPerServer = delivery.Value.MaxInFlightPerEndpoint,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = delivery.Value.AttemptTimeout,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowLoopback, cancellationToken),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own time limit
        };
    }

    public HttpClient Client { get; }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = addresses.Where(address => OutboundAddressGuard.IsAllowed(address, allowLoopback)).ToArray();
        if (allowed.Length == 0)
        {
            throw new OutboundAddressRefusedException(
                $"{endpoint.Host} is {string.Join(", ", addresses.Select(a => a.ToString()))}: a private, loopback or reserved address, which webhooks may not reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>A delivery refused because its endpoint resolves to an address the guard does not allow.</summary>
public sealed class OutboundAddressRefusedException(string message) : Exception(message);
