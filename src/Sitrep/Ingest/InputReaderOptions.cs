namespace Sitrep.Ingest;

/// <summary>Limits that keep one hostile or broken input from exhausting memory or time.</summary>
public sealed record InputReaderOptions
{
    /// <summary>Local files larger than this are rejected with their size, without being read (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// One article's body may hold at most this many characters (default 2 000 000, some 300 000 words; the longest
    /// VOA report is under 20 000): a longer one is refused with its size rather than stored.
    /// </summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>HTTP bodies are not read beyond this many bytes (default 10 MB).</summary>
    public long MaxDownloadBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The longest one HTTP request (headers and body) may take (default 30 s).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>All the fetches of one reader together may take at most this long (default 30 min).</summary>
    public TimeSpan RunFetchDeadline { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The fetches to one host together may take at most this long in one run (default 5 min).</summary>
    public TimeSpan PerHostFetchDeadline { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Lets fetches reach loopback addresses (127.0.0.0/8, ::1), for a local test server only; every other address
    /// <see cref="AddressPolicy"/> refuses stays refused. Off by default.
    /// </summary>
    public bool AllowLoopback { get; init; }

    /// <summary>
    /// The outlet of articles whose input names none (plain text; HTML without site metadata; a feed without a
    /// title): <c>sitrep ingest --outlet NAME</c>. An outlet the input names itself is kept.
    /// </summary>
    public string? DefaultOutlet { get; init; }

    /// <summary>
    /// How many times a request that failed transiently (5xx, 408, 429, a timeout, a dropped connection) is sent again,
    /// with exponential backoff from <see cref="RetryDelay"/> (default 0: a one-off ingest reports the failure; a watch retries).
    /// </summary>
    public int TransientRetries { get; init; }

    /// <summary>The wait before the first retry; each further retry waits twice as long, with jitter (default 1 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The least time between the starts of two requests to one host (default 0: no spacing).</summary>
    public TimeSpan PerHostInterval { get; init; }
}