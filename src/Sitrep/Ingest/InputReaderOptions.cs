namespace Sitrep.Ingest;

/// <summary>Limits that keep one hostile or broken input from exhausting memory or time.</summary>
public sealed record InputReaderOptions
{
    /// <summary>Local files larger than this are rejected with their size, without being read (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>HTTP bodies are not read beyond this many bytes (default 10 MB).</summary>
    public long MaxDownloadBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The longest one HTTP request (headers and body) may take (default 30 s).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The outlet of articles whose input names none (plain text; HTML without site metadata; a feed without a
    /// title): <c>sitrep ingest --outlet NAME</c>. An outlet the input names itself is kept.
    /// </summary>
    public string? DefaultOutlet { get; init; }
}