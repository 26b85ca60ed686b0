using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace Sitrep.Ingest;

/// <summary>
/// GETs one URL within the limits of <see cref="InputReaderOptions"/>: a whole-request timeout, a body cap enforced
/// while reading (a lying or missing Content-Length cannot get past it) and a content-type check before the body is read.
/// </summary>
internal sealed class HttpFetcher(HttpClient httpClient, InputReaderOptions options)
{
    /// <summary>Redirects followed per URL (as browsers and curl --max-redirs 5 for news sites).</summary>
    public const int MaxRedirects = 5;

    private readonly FetchDeadlines deadlines = new(options.RunFetchDeadline, options.PerHostFetchDeadline, TimeProvider.System);
    private readonly HostPacer pacer = new(options.PerHostInterval, TimeProvider.System);
    private readonly ResiliencePipeline<FetchedResource> retries = CreateRetries(options);

    /// <summary>
    /// Fetches <paramref name="url"/>, sending <paramref name="validators"/> as a conditional GET when given; every
    /// failure is a <see cref="FetchedResource.Failed"/>, never an exception (but cancellation). Transient failures are
    /// retried <see cref="InputReaderOptions.TransientRetries"/> times, within the run's and the host's deadlines.
    /// </summary>
    public async Task<FetchedResource> FetchAsync(string url, CancellationToken cancellationToken, CacheValidators? validators = null) =>
        await retries.ExecuteAsync(
            static async (state, token) => await state.Fetcher.FetchFollowingAsync(state.Url, state.Validators, token).ConfigureAwait(false),
            (Fetcher: this, Url: url, Validators: validators ?? CacheValidators.None),
            cancellationToken).ConfigureAwait(false);

    private static ResiliencePipeline<FetchedResource> CreateRetries(InputReaderOptions options) =>
        options.TransientRetries <= 0
            ? ResiliencePipeline<FetchedResource>.Empty
            : new ResiliencePipelineBuilder<FetchedResource>()
                .AddRetry(new RetryStrategyOptions<FetchedResource>
                {
                    ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result?.Transient == true),
                    MaxRetryAttempts = options.TransientRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = options.RetryDelay,
                    UseJitter = true,
                })
                .Build();

    private async Task<FetchedResource> FetchFollowingAsync(string url, CacheValidators validators, CancellationToken cancellationToken)
    {
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                if (UrlPolicy.Refusal(current, options.AllowLoopback) is { } refusal)
                {
                    return FetchedResource.Failed(current, hop == 0 ? "refused: " + refusal : $"redirect to {current} refused: {refusal}");
                }

                var (next, fetched) = await FetchOnceAsync(current, validators, cancellationToken).ConfigureAwait(false);
                if (fetched is not null)
                {
                    return fetched;
                }

                if (hop == MaxRedirects)
                {
                    return FetchedResource.Failed(current, $"too many redirects (at most {MaxRedirects} are followed)");
                }

                if (next!.StartsWith("http:", StringComparison.OrdinalIgnoreCase) && current.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
                {
                    return FetchedResource.Failed(current, $"redirect to {next} not followed (not HTTPS or not HTTP)");
                }

                current = next;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One URL fails alone: whatever a server or a handler throws, the run goes on with the next input.
            return FetchedResource.Failed(url, $"fetch failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    // One request: the resource, or the absolute URL a redirect points to.
    private async Task<(string? Redirect, FetchedResource? Fetched)> FetchOnceAsync(string url, CacheValidators validators, CancellationToken cancellationToken)
    {
        var host = new Uri(url).IdnHost;
        await pacer.WaitAsync(host, cancellationToken).ConfigureAwait(false);
        var (allowed, late) = deadlines.Allow(host, options.HttpTimeout);
        if (late is not null)
        {
            return (null, FetchedResource.Failed(url, late));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(allowed);
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators.LastModified is { } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url;
            if (IsRedirect(response.StatusCode))
            {
                var location = response.Headers.Location;
                if (location is null)
                {
                    return (null, FetchedResource.Failed(finalUrl, $"HTTP {(int)response.StatusCode} without a Location"));
                }

                if (!Uri.TryCreate(new Uri(finalUrl), location, out var target))
                {
                    return (null, FetchedResource.Failed(finalUrl, $"redirect to an unreadable Location {location.OriginalString}"));
                }

                if (target.Scheme is not ("http" or "https"))
                {
                    return (null, FetchedResource.Failed(finalUrl, $"redirect to {target.OriginalString} not followed (not HTTPS or not HTTP)"));
                }

                // The Location as written (a relative one resolved), so the policy sees "2130706433", not Uri's "127.0.0.1".
                return (location.IsAbsoluteUri ? location.OriginalString : target.AbsoluteUri, null);
            }

            var received = new CacheValidators(
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            if (response.StatusCode == HttpStatusCode.NotModified && validators.Any)
            {
                return (null, new FetchedResource([], null, null, finalUrl, null) { NotModified = true, Validators = received.Any ? received : validators });
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, FetchedResource.Failed(finalUrl, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), IsTransient(response.StatusCode)));
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (mediaType is not null && InputFormatDetector.FromMediaType(mediaType) is null)
            {
                return (null, FetchedResource.Failed(finalUrl, $"unsupported content type {mediaType}"));
            }

            if (response.Content.Headers.ContentLength is long length && length > options.MaxDownloadBytes)
            {
                return (null, FetchedResource.Failed(finalUrl, $"larger than {ByteSize.Format(options.MaxDownloadBytes)} (Content-Length {ByteSize.Format(length)})"));
            }

            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var bytes = await ReadCappedAsync(stream, options.MaxDownloadBytes, timeout.Token).ConfigureAwait(false);
                return (null, bytes is null
                    ? FetchedResource.Failed(finalUrl, $"larger than {ByteSize.Format(options.MaxDownloadBytes)}")
                    : new FetchedResource(bytes, mediaType, response.Content.Headers.ContentType?.CharSet, finalUrl, null) { Validators = received });
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, FetchedResource.Failed(url, $"timed out after {allowed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s", transient: true));
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refused)
        {
            return (null, FetchedResource.Failed(url, "refused: " + refused.Message));
        }
        catch (HttpRequestException ex)
        {
            return (null, FetchedResource.Failed(url, "unreachable: " + Describe(ex), transient: true));
        }
        catch (IOException ex)
        {
            return (null, FetchedResource.Failed(url, "connection failed: " + ex.Message, transient: true));
        }
        catch (InvalidOperationException ex)
        {
            return (null, FetchedResource.Failed(url, "not a fetchable URL: " + ex.Message));
        }
        finally
        {
            deadlines.Spend(host, TimeProvider.System.GetElapsedTime(started));
        }
    }

    private static FetchRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is FetchRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    // Overload and server errors may pass; 501 (not implemented) and 505 will not.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 && status != HttpStatusCode.NotModified;

    private static string Describe(HttpRequestException ex) => ex.InnerException switch
    {
        SocketException socket => $"{socket.SocketErrorCode} ({ex.Message})",
        _ => ex.Message,
    };

    // Reads at most cap bytes; null when the body is longer.
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }
}