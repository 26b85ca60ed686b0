namespace Sitrep.Ingest;

/// <summary>
/// Politeness per host: request starts to one host are spaced at least an interval apart, whichever feeds and pages
/// the requests come from, so a watch of many feeds on one site does not hammer it. Thread-safe.
/// </summary>
internal sealed class HostPacer(TimeSpan interval, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> nextStart = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves the next start slot for <paramref name="host"/> and returns how long to wait for it.</summary>
    public TimeSpan Reserve(string host)
    {
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        lock (nextStart)
        {
            var now = time.GetUtcNow();
            var start = nextStart.TryGetValue(host, out var slot) && slot > now ? slot : now;
            nextStart[host] = start + interval;
            return start - now;
        }
    }

    /// <summary>Waits for <paramref name="host"/>'s next slot.</summary>
    public async Task WaitAsync(string host, CancellationToken cancellationToken)
    {
        var wait = Reserve(host);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}