using System.Net;
using System.Net.Sockets;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Which addresses a webhook may connect to: public unicast only. Loopback, private, link-local,
/// shared (CGNAT), multicast, reserved and documentation ranges are refused, so a subscription
/// URL cannot reach into the network Intake runs in (SSRF). Checked on the address actually
/// connected to, after DNS, so a name that resolves inward is refused too. Development (the
/// AppHost) allows loopback, where local receivers live.
/// </summary>
public static class OutboundAddressGuard
{
    private static readonly (IPAddress Network, int PrefixLength)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // shared address space (carrier NAT)
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata endpoints
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),     // documentation
        (IPAddress.Parse("192.88.99.0"), 24),   // 6to4 relay anycast
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),  // documentation
        (IPAddress.Parse("203.0.113.0"), 24),   // documentation
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, and broadcast
    ];

    private static readonly (IPAddress Network, int PrefixLength)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("64:ff9b:1::"), 48),   // local-use NAT64
        (IPAddress.Parse("100::"), 64),         // discard-only
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !RefusedV4.Any(range => InRange(address, range));
        }

        // IPv6 forms that embed an IPv4 address are judged by it: NAT64 and 6to4.
        var bytes = address.GetAddressBytes();
        if (InRange(address, (IPAddress.Parse("64:ff9b::"), 96)))
        {
            return IsAllowed(new IPAddress(bytes[12..16]), allowLoopback);
        }

        if (InRange(address, (IPAddress.Parse("2002::"), 16)))
        {
            return IsAllowed(new IPAddress(bytes[2..6]), allowLoopback);
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 && !RefusedV6.Any(range => InRange(address, range));
    }

    private static bool InRange(IPAddress address, (IPAddress Network, int PrefixLength) range)
    {
        if (address.AddressFamily != range.Network.AddressFamily)
        {
            return false;
        }

        var (candidate, network) = (address.GetAddressBytes(), range.Network.GetAddressBytes());
        var whole = range.PrefixLength / 8;
        if (!candidate.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = range.PrefixLength % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
