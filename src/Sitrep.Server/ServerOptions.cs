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

    /// <summary>The clock (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
