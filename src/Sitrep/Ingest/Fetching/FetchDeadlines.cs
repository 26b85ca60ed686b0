namespace Sitrep.Ingest;

/// <summary>
/// The time a run of fetches may take in all and per host, so that slow or stalling servers cannot hold an ingest
/// for hours one 30-second timeout at a time. Thread-safe; one instance per reader (one run).
/// </summary>
internal sealed class FetchDeadlines
{
    private readonly TimeSpan run;
    private readonly TimeSpan perHost;
    private readonly TimeProvider time;
    private readonly Dictionary<string, TimeSpan> spentByHost = new(StringComparer.OrdinalIgnoreCase);
    private long? startedAt;

    public FetchDeadlines(TimeSpan run, TimeSpan perHost, TimeProvider time)
    {
        this.run = run;
        this.perHost = perHost;
        this.time = time;
    }

    /// <summary>The time the next request to <paramref name="host"/> may take, or a reason it may not be sent.</summary>
    public (TimeSpan Allowed, string? Refusal) Allow(string host, TimeSpan requestTimeout)
    {
        lock (spentByHost)
        {
            startedAt ??= time.GetTimestamp();
            var runLeft = run - time.GetElapsedTime(startedAt.Value);
            if (runLeft <= TimeSpan.Zero)
            {
                return (TimeSpan.Zero, $"the run's fetch deadline ({Seconds(run)}) has passed; not fetched");
            }

            var hostLeft = perHost - spentByHost.GetValueOrDefault(host);
            if (hostLeft <= TimeSpan.Zero)
            {
                return (TimeSpan.Zero, $"{host} has used its {Seconds(perHost)} for this run; not fetched");
            }

            return (new[] { requestTimeout, runLeft, hostLeft }.Min(), null);
        }
    }

    /// <summary>Counts <paramref name="spent"/> against <paramref name="host"/>.</summary>
    public void Spend(string host, TimeSpan spent)
    {
        lock (spentByHost)
        {
            spentByHost[host] = spentByHost.GetValueOrDefault(host) + spent;
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
}