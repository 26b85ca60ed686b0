using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sitrep.Server;

/// <summary>
/// The web UI: the files of wwwroot/ (the app and the npm libraries copied at build time), compiled into the assembly
/// and loaded once, served at their paths; "/" is index.html. Nothing comes from a CDN or a tile server.
/// </summary>
internal sealed class WebUi
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, (byte[] Content, string MediaType)> files;

    private WebUi(FrozenDictionary<string, (byte[] Content, string MediaType)> files) => this.files = files;

    /// <summary>The paths served ("index.html", "lib/d3-geo.min.js", …).</summary>
    public IEnumerable<string> Paths => files.Keys;

    public static WebUi Load()
    {
        var assembly = typeof(WebUi).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var path = name[Prefix.Length..].Replace('\\', '/');
            files[path] = (copy.ToArray(), MediaTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream"));
        }

        return new WebUi(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public void Map(IEndpointRouteBuilder app)
    {
        // GET and HEAD, as for the API (RFC 9110 §9.3.2).
        string[] getAndHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/", getAndHead, () => Serve("index.html")).ExcludeFromDescription();
        app.MapMethods("/{**path}", getAndHead, (string path) => Serve(path)).ExcludeFromDescription();
    }

    private IResult Serve(string path) =>
        files.TryGetValue(path, out var file)
            ? Results.Bytes(file.Content, file.MediaType)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Nothing is served at '/{path}'.");
}