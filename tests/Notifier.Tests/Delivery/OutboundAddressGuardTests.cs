using System.Net;
using Intake.Notifier.Delivery;

namespace Intake.Notifier.Tests.Delivery;

/// <summary>The guard as a function over a table of addresses: nothing here is ever connected to.</summary>
public sealed class OutboundAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.45.1.9")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_is_allowed_only_when_development_says_so(string address)
    {
        Assert.False(OutboundAddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: false));
        Assert.True(OutboundAddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("192.0.2.10")]
    [InlineData("198.18.0.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.5")]
    [InlineData("::")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("2001:db8::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]      // NAT64 of 10.0.0.1
    [InlineData("2002:c0a8:101::1")]    // 6to4 of 192.168.1.1
    public void Private_link_local_and_reserved_addresses_are_refused_even_in_development(string address) =>
        Assert.False(OutboundAddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: true));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]    // NAT64 of 8.8.8.8
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(OutboundAddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback: false));
}
