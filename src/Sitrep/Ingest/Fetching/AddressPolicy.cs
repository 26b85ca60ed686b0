using System.Net;
using System.Net.Sockets;

namespace Sitrep.Ingest;

/// <summary>
/// Which IP addresses a fetch may connect to: public unicast only. Loopback, private (RFC 1918, RFC 4193),
/// link-local (where cloud metadata services answer, 169.254.169.254), shared (RFC 6598), unspecified, multicast,
/// reserved, and IPv6 forms that carry an IPv4 address (mapped, compatible, 6to4, NAT64) are refused, so a URL or
/// a redirect cannot turn the fetcher towards the machine it runs on or its network (server-side request forgery).
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is refused, or null when a fetch may connect to it.</summary>
    /// <param name="address">The address about to be connected to.</param>
    /// <param name="allowLoopback">True only for a local test server: loopback (127.0.0.0/8, ::1) is then allowed.</param>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return RefusalV6(address, allowLoopback);
        }

        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return RefusalV4(b, allowLoopback);
    }

    private static string? RefusalV4(ReadOnlySpan<byte> b, bool allowLoopback) => (b[0], b[1]) switch
    {
        (127, _) => allowLoopback ? null : "a loopback address",
        (169, 254) when b[2] == 169 && b[3] == 254 => "the cloud metadata address",
        (169, 254) => "a link-local address",
        (10, _) or (172, >= 16 and < 32) or (192, 168) => "a private address",
        (100, >= 64 and < 128) => "a shared (carrier-grade NAT) address",
        (0, _) => "an unspecified address",
        (192, 0) when b[2] is 0 or 2 => "a reserved address",
        (198, 18 or 19) => "a reserved (benchmarking) address",
        (198, 51) when b[2] == 100 => "a reserved (documentation) address",
        (203, 0) when b[2] == 113 => "a reserved address",
        ( >= 224 and < 240, _) => "a multicast address",
        ( >= 240, _) => "a reserved address",
        _ => null,
    };

    private static string? RefusalV6(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return "an IPv4-mapped IPv6 address";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return allowLoopback ? null : "a loopback address";
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        if (address.Equals(IPAddress.IPv6None) || b[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return "an unspecified or IPv4-compatible IPv6 address";
        }

        return (b[0], b[1]) switch
        {
            (0xfe, >= 0x80 and < 0xc0) => "a link-local address",
            (0xfe, >= 0xc0) => "a site-local address",
            ( >= 0xfc and <= 0xfd, _) => "a private address",
            (0xff, _) => "a multicast address",
            (0x20, 0x02) => "a 6to4 address (it carries an IPv4 address)",
            (0x00, 0x64) when b[2] == 0xff && b[3] == 0x9b => "a NAT64 address (it carries an IPv4 address)",
            (0x20, 0x01) when b[2] == 0 && b[3] == 0 => "a Teredo address (it carries an IPv4 address)",
            (0x20, 0x01) when b[2] == 0x0d && b[3] == 0xb8 => "a documentation address",
            _ => null,
        };
    }
}