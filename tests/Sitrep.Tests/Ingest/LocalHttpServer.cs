using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Tests.Ingest;

/// <summary>An HTTP server on 127.0.0.1 and a free port, answering from a table of path handlers; 404 otherwise.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    public List<string> UserAgents { get; } = [];

    public void Map(string path, Func<HttpListenerContext, CancellationToken, Task> handler) => _routes["/" + path.TrimStart('/')] = handler;

    public void MapText(string path, string contentType, string body) =>
        Map(path, (context, ct) => WriteAsync(context, contentType, Encoding.UTF8.GetBytes(body), ct));

    public static async Task WriteAsync(HttpListenerContext context, string contentType, byte[] body, CancellationToken cancellationToken)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body, cancellationToken);
        context.Response.Close();
    }

    /// <summary>A port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            lock (UserAgents)
            {
                UserAgents.Add(context.Request.UserAgent ?? string.Empty);
            }

            if (_routes.TryGetValue(context.Request.Url!.AbsolutePath, out var handler))
            {
                await handler(context, _stopping.Token);
            }
            else
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client went away (timeout, size cap): nothing to answer.
        }
    }
}