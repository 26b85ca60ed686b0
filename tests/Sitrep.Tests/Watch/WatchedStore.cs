using Microsoft.Extensions.Time.Testing;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Watch;

/// <summary>A SQLite store in a temporary folder and a watcher over it, reopened as a restarted watch would be.</summary>
internal sealed class WatchedStore : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly HttpClient http;
    private IArticleStore? articles;
    private IFeedStateStore? state;

    public WatchedStore(InputReaderOptions? reader = null, WatchOptions? watch = null)
    {
        Reader = reader ?? new InputReaderOptions { AllowLoopback = true, HttpTimeout = TimeSpan.FromSeconds(10) };
        Options = watch ?? new WatchOptions();
        http = InputReader.CreateHttpClient(Reader);
    }

    public InputReaderOptions Reader { get; }

    public WatchOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

    public string DbPath => Path.Combine(folder.Path, "watch.db");

    public IArticleStore Articles => articles ?? throw new InvalidOperationException("Open first.");

    public IFeedStateStore State => state ?? throw new InvalidOperationException("Open first.");

    /// <summary>Opens (or reopens, after closing) the stores.</summary>
    public async Task OpenAsync()
    {
        await CloseAsync();
        articles = await SqliteArticleStore.OpenAsync(DbPath, Clock, default);
        state = await SqliteFeedStateStore.OpenAsync(DbPath, Clock, default);
    }

    /// <summary>One poll of <paramref name="feedUrl"/> by a fresh watcher and poller.</summary>
    public Task<FeedPollSummary> PollAsync(string feedUrl) =>
        new FeedWatcher(Articles, State, Options, Clock).PollAsync(new FeedPoller(new InputReader(http, Reader)), feedUrl, default);

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        http.Dispose();
        folder.Dispose();
    }

    private async Task CloseAsync()
    {
        if (articles is not null)
        {
            await articles.DisposeAsync();
        }

        if (state is not null)
        {
            await state.DisposeAsync();
        }
    }
}