using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Server;

/// <summary>
/// Rate limits by cost, not by request: each client address has a token bucket of <see cref="ServerOptions.PermitsPerMinute"/>
/// tokens refilled every second, and a request takes as many tokens as its endpoint costs (an export or an article page,
/// which re-analyses a text, is worth many event-list requests). Expensive endpoints also run at most
/// <see cref="ServerOptions.MaxExpensiveRequests"/> at a time across all clients, so loopback clients sharing one address
/// still cannot hold every core. A refusal is a 429 problem with <c>Retry-After</c> (RFC 9110 §10.2.3).
/// </summary>
internal sealed class RequestCostLimiter : IDisposable
{
    /// <summary>Tokens an export takes: it reads up to 100 000 events.</summary>
    public const int ExportCost = 50;

    /// <summary>Tokens an article page takes: it analyses the article's text.</summary>
    public const int ArticleCost = 20;

    private readonly PartitionedRateLimiter<HttpContext> buckets;
    private static readonly TimeSpan ExpensiveQueueWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim expensive;
    private readonly int permitsPerMinute;

    public RequestCostLimiter(int permitsPerMinute, int maxExpensiveRequests)
    {
        this.permitsPerMinute = permitsPerMinute;
        expensive = new SemaphoreSlim(maxExpensiveRequests, maxExpensiveRequests);
        buckets = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permitsPerMinute,
                TokensPerPeriod = Math.Max(1, permitsPerMinute / 60),
                ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, 60 / permitsPerMinute)),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>What a request to <paramref name="path"/> costs (never more than the whole bucket).</summary>
    public int CostOf(PathString path)
    {
        var cost = path.StartsWithSegments("/api/export.csv", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/export.jsonl", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/export.geojson", StringComparison.OrdinalIgnoreCase)
            ? ExportCost
            : path.StartsWithSegments("/api/articles", StringComparison.OrdinalIgnoreCase) ? ArticleCost : 1;
        return Math.Min(cost, permitsPerMinute);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var cost = CostOf(context.Request.Path);
        using var lease = buckets.AttemptAcquire(context, cost);
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(60);
            await RefuseAsync(context, wait, $"At most {permitsPerMinute} request units a minute per client (this request costs {cost}).").ConfigureAwait(false);
            return;
        }

        if (cost == 1)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // Queued, not refused at once: the web UI asks for several article pages together, and refusing the third
        // broke it (the timeline brush test); a request that waits longer than this is refused with Retry-After.
        if (!await expensive.WaitAsync(ExpensiveQueueWait, context.RequestAborted).ConfigureAwait(false))
        {
            await RefuseAsync(context, TimeSpan.FromSeconds(1), "Too many exports and article pages are being served at once.").ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            expensive.Release();
        }
    }

    public void Dispose()
    {
        buckets.Dispose();
        expensive.Dispose();
    }

    private static Task RefuseAsync(HttpContext context, TimeSpan retryAfter, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: detail).ExecuteAsync(context);
    }
}