namespace Sitrep.Pipeline;

/// <summary>How <see cref="FeedWatcher"/> schedules feeds and bounds what one poll takes.</summary>
public sealed record WatchOptions
{
    /// <summary>The time between two polls of a feed that answered (default 5 min).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest wait after failures in a row (default 6 h): the backoff doubles up to it.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>At most this many items of one feed are read per poll (default 100); the rest wait for the next poll.</summary>
    public int MaxItemsPerPoll { get; init; } = 100;

    /// <summary>An item that failed this many polls is given up (default 3), so a dead link is not fetched forever.</summary>
    public int MaxItemAttempts { get; init; } = 3;

    /// <summary>
    /// When a feed is due again after <paramref name="failures"/> failed polls in a row: the interval after a success,
    /// then twice the interval per failure, at most <see cref="MaxBackoff"/>.
    /// </summary>
    public DateTimeOffset NextPoll(DateTimeOffset now, int failures)
    {
        if (failures <= 0)
        {
            return now + Interval;
        }

        var wait = Interval * Math.Pow(2, Math.Min(failures, 20));
        return now + (wait < MaxBackoff ? wait : (MaxBackoff > Interval ? MaxBackoff : Interval));
    }
}