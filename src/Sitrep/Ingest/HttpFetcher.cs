using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sitrep.Ingest;

/// <summary>
/// GETs one URL within the limits of <see cref="InputReaderOptions"/>: a whole-request timeout, a body cap enforced
/// while reading (a lying or missing Content-Length cannot get past it) and a content-type check before the body is read.
/// </summary>
internal sealed class HttpFetcher(HttpClient httpClient, InputReaderOptions options)
{
    public async Task<FetchedResource> FetchAsync(string url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.HttpTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url;
            if (IsRedirect(response.StatusCode))
            {
                // The handler hands back a redirect it would not follow: past its limit, or to a downgrade or another scheme.
                return FetchedResource.Failed(finalUrl, DescribeUnfollowedRedirect(response, finalUrl));
            }

            if (!response.IsSuccessStatusCode)
            {
                return FetchedResource.Failed(finalUrl, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (mediaType is not null && InputFormatDetector.FromMediaType(mediaType) is null)
            {
                return FetchedResource.Failed(finalUrl, $"unsupported content type {mediaType}");
            }

            if (response.Content.Headers.ContentLength is long length && length > options.MaxDownloadBytes)
            {
                return FetchedResource.Failed(finalUrl, $"larger than {ByteSize.Format(options.MaxDownloadBytes)} (Content-Length {ByteSize.Format(length)})");
            }

            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var bytes = await ReadCappedAsync(stream, options.MaxDownloadBytes, timeout.Token).ConfigureAwait(false);
                return bytes is null
                    ? FetchedResource.Failed(finalUrl, $"larger than {ByteSize.Format(options.MaxDownloadBytes)}")
                    : new FetchedResource(bytes, mediaType, response.Content.Headers.ContentType?.CharSet, finalUrl, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchedResource.Failed(url, $"timed out after {options.HttpTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchedResource.Failed(url, "unreachable: " + Describe(ex));
        }
        catch (IOException ex)
        {
            return FetchedResource.Failed(url, "connection failed: " + ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return FetchedResource.Failed(url, "not a fetchable URL: " + ex.Message);
        }
    }

    private static string DescribeUnfollowedRedirect(HttpResponseMessage response, string finalUrl)
    {
        var location = response.Headers.Location;
        if (location is not null && Uri.TryCreate(new Uri(finalUrl), location, out var target)
            && (target.Scheme is not ("http" or "https") || (target.Scheme == "http" && finalUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase))))
        {
            return $"redirect to {target.AbsoluteUri} not followed (not HTTPS or not HTTP)";
        }

        return "too many redirects (at most 5 are followed)";
    }

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