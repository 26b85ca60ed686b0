using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Exports;
using Sitrep.Pipeline;
using Sitrep.Postgres;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>
/// <c>sitrep serve</c>: a read-only HTTP API and web UI over one store. GET only; loopback by default; bounded
/// requests; per-client rate limit; every error an RFC 7807 problem details document.
/// </summary>
public static class SitrepServer
{
    /// <summary>Largest request body accepted: the API is read-only, so any body is a mistake or an attack.</summary>
    public const long MaxRequestBodyBytes = 1024;

    /// <summary>
    /// Opens the store at <see cref="ServerOptions.DatabasePath"/> (it must exist) and builds the application, not yet
    /// started. <paramref name="configure"/> may adjust the builder (tests use an in-memory test server).
    /// </summary>
    public static async Task<WebApplication> BuildAsync(ServerOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!StoreOpener.Exists(options.DatabasePath))
        {
            throw new FileNotFoundException($"{options.DatabasePath}: no such store.", options.DatabasePath);
        }

        var articles = await StoreOpener.OpenArticlesAsync(options.DatabasePath, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        IEventStore events;
        try
        {
            events = await StoreOpener.OpenEventsAsync(options.DatabasePath, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await articles.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return Build(options, new ServerStores(articles, events), configure);
    }

    private static WebApplication Build(ServerOptions options, ServerStores stores, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SitrepServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. options.Urls]);

        // The CLI prints where it listens; the host's own start-up lines would only repeat it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.AddSingleton(_ => stores);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(ExportTables.LoadDefault());
        builder.Services.AddSingleton(new ArticleAnalyzer(
            options.Pipeline ?? StandardPipeline.Create(), options.ArticleTimeLimit, options.TimeProvider, new ArticleDocumentCache(options.ArticleCacheBytes)));
        builder.Services.AddSingleton(WebUi.Load());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddOperationTransformer(OpenApiDescriptions.DescribeAsync));
        builder.Services.AddSingleton(new RequestCostLimiter(options.PermitsPerMinute, options.MaxExpensiveRequests));
        builder.Services.AddSingleton(new HostFilter(options));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeadersAsync);
        app.Use(app.Services.GetRequiredService<HostFilter>().InvokeAsync);
        app.Use(app.Services.GetRequiredService<RequestCostLimiter>().InvokeAsync);
        app.Use(ReadOnlyAsync);
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        app.Services.GetRequiredService<WebUi>().Map(app);
        return app;
    }

    /// <summary>True when every address in <paramref name="urls"/> is loopback (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopbackOnly(IEnumerable<string> urls) =>
        urls.All(u => Uri.TryCreate(u.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));

    // Content-Security-Policy: scripts, styles and data only from this origin, no inline script, no plugins, no
    // framing: even if an article's text reached the DOM as HTML, the browser would not run it (OWASP XSS
    // prevention cheat sheet, defence in depth).
    private static Task SecurityHeadersAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }

    // Read-only: GET and HEAD only, whatever the route; anything else is 405 before any endpoint runs.
    private static Task ReadOnlyAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.Headers.Allow = "GET, HEAD";
        return Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed", detail: "The Sitrep API is read-only: GET only.")
            .ExecuteAsync(context);
    }
}