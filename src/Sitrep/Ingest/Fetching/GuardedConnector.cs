using System.Net;
using System.Net.Sockets;

namespace Sitrep.Ingest;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> every fetch goes through: it resolves the host itself,
/// refuses the connection when any address the name resolves to is one <see cref="AddressPolicy"/> refuses (a name
/// that answers with a public and a private address is a DNS-rebinding attempt), and connects only to the addresses
/// it checked. Checking at connect time covers every redirect hop and every name, whatever the URL looked like.
/// </summary>
public sealed class GuardedConnector
{
    private readonly bool allowLoopback;

    /// <summary>Creates a connector; <paramref name="allowLoopback"/> is for a local test server only.</summary>
    public GuardedConnector(bool allowLoopback) => this.allowLoopback = allowLoopback;

    /// <summary>Connects to the context's host and port, or throws <see cref="FetchRefusedException"/> before any connection.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new FetchRefusedException($"{host} has no address");
        }

        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address, allowLoopback) is { } why)
            {
                throw new FetchRefusedException(address.ToString() == host ? $"{host} is {why}" : $"{host} resolves to {address}, {why}");
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}