using System.Net;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Server;

/// <summary>
/// Answers only requests whose Host header names this server: a page on another site that rebinds its own name to
/// 127.0.0.1 (DNS rebinding) would otherwise read the API from the user's browser as a same-origin page. The names
/// are <see cref="ServerOptions.AllowedHosts"/>, or else the hosts of the listening URLs (with localhost, 127.0.0.1
/// and [::1] for a loopback address); a server listening on every interface with no names given accepts any Host.
/// </summary>
internal sealed class HostFilter
{
    private readonly HashSet<string>? allowed;

    public HostFilter(ServerOptions options) => allowed = AllowedHosts(options);

    public IReadOnlyCollection<string>? Allowed => allowed;

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Host.Host;
        if (allowed is null || allowed.Contains(host))
        {
            return next(context);
        }

        return Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Host not served",
            detail: $"This server answers Host {string.Join(", ", allowed.Order(StringComparer.Ordinal))}; '{host}' is not one of them.").ExecuteAsync(context);
    }

    private static HashSet<string>? AllowedHosts(ServerOptions options)
    {
        if (options.AllowedHosts is { Count: > 0 } names)
        {
            return names.Contains("*") ? null : new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        }

        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var url in options.Urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                continue;
            }

            var ip = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
            if (ip is not null && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)))
            {
                return null; // every interface: the names it is reached by are not known here
            }

            hosts.Add(uri.Host);
            if (uri.IsLoopback || (ip is not null && IPAddress.IsLoopback(ip)))
            {
                hosts.UnionWith(["localhost", "127.0.0.1", "[::1]"]);
            }
        }

        return hosts;
    }
}