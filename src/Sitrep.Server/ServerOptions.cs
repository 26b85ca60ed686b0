using Sitrep.Pipeline;

namespace Sitrep.Server;

/// <summary>How <c>sitrep serve</c> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>The default address: loopback only, so a store is never exposed to the network by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The SQLite store to read (articles and events in one file).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>The addresses to listen on.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Requests one client address may make per minute before answers become 429.</summary>
    public int PermitsPerMinute { get; init; } = 1200;

    /// <summary>Exports and article pages served at once, across all clients; more are refused with 429.</summary>
    public int MaxExpensiveRequests { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The Host names requests may carry (DNS-rebinding defence); empty means the hosts of <see cref="Urls"/>, and
    /// "*" any name.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// The analysis pipeline that re-analyses articles for their layers; null loads <see cref="StandardPipeline"/> at
    /// start-up. Callers that already hold one (the demo, tests) pass it to save the second load.
    /// </summary>
    public AnalysisPipeline? Pipeline { get; init; }

    /// <summary>The longest an article page's analysis may take; past it the page is 503 (docs/hostile-input.md).</summary>
    public TimeSpan ArticleTimeLimit { get; init; } = ArticleAnalyzer.DefaultTimeLimit;

    /// <summary>Bytes of analysed-document JSON the server keeps for article pages asked for again (0 keeps none).</summary>
    public long ArticleCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The clock (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}