using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>
/// Waits for the web UI's hash routes. Playwright's <c>WaitForURLAsync</c> is not used after a click or a drag: it
/// reads the URL and only then listens for the next navigation, and the event of a hash change arrives on the
/// connection's thread a few milliseconds after the input call returns. When it lands between the read and the
/// listening (a gap the first, still-JIT-compiling call widens) the wait never ends although the URL matches: the
/// "first drag on a cold page misses" of issue 22, traced with the page's pointer events (all on the brush) and the
/// navigation's timestamp. Here the listener is attached before the URL is read, so no navigation falls between.
/// </summary>
internal static class PageUrl
{
    public static async Task WaitAsync(IPage page, Func<string, bool> matches, string expected, int timeoutMs = 30_000)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame && matches(frame.Url))
            {
                reached.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            if (matches(page.Url))
            {
                return;
            }

            await reached.Task.WaitAsync(TimeSpan.FromMilliseconds(timeoutMs));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the page's URL is {page.Url} after {timeoutMs} ms; expected {expected}");
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
    }

    /// <summary>A parameter of the route's query (after the '?' in the hash), or null.</summary>
    public static string? Query(string url, string name)
    {
        var hash = new Uri(url).Fragment;
        var q = hash.Contains('?', StringComparison.Ordinal) ? hash[(hash.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return q.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();
    }
}