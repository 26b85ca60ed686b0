using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The behaviours every <see cref="IFeedStateStore"/> must have (what 'sitrep watch' keeps across restarts); the
/// SQLite and PostgreSQL stores each derive a test class that opens a fresh, empty store.
/// </summary>
public abstract class FeedStateStoreContract : IAsyncLifetime
{
    // Whole microseconds: PostgreSQL's timestamptz keeps no finer time.
    private static readonly DateTimeOffset At = new(2026, 3, 8, 12, 0, 0, 123, TimeSpan.Zero);

    private IFeedStateStore? store;

    protected IFeedStateStore Store => store ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Opens a fresh, empty store.</summary>
    protected abstract Task<IFeedStateStore> CreateStoreAsync();

    /// <summary>Opens the same store again, as a restarted process would.</summary>
    protected abstract Task<IFeedStateStore> ReopenStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made, after the store is disposed.</summary>
    protected virtual Task DeleteStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        await DeleteStoreAsync();
    }

    [Fact]
    public async Task A_feed_never_polled_has_no_state()
    {
        Assert.Null(await Store.GetFeedAsync("https://example.org/feed.xml", default));
        Assert.Empty(await Store.GetItemsAsync(["https://example.org/a"], default));
    }

    [Fact]
    public async Task A_feed_state_reads_back_after_a_restart_and_is_replaced_by_the_next_save()
    {
        var first = new FeedState("https://example.org/feed.xml", "W/\"abc\"", "Sun, 08 Mar 2026 11:00:00 GMT", At, At.AddMinutes(5), 0, null);
        await Store.SaveFeedAsync(first, default);
        await using (var reopened = await ReopenStoreAsync())
        {
            Assert.Equal(first, await reopened.GetFeedAsync(first.Url, default));
        }

        var failed = first with { ETag = null, LastModified = null, LastPolledAt = At.AddMinutes(5), NextPollAt = At.AddMinutes(15), Failures = 1, LastError = "HTTP 500 Internal Server Error" };
        await Store.SaveFeedAsync(failed, default);
        Assert.Equal(failed, await Store.GetFeedAsync(first.Url, default));
    }

    [Fact]
    public async Task Items_read_back_by_key_only_those_asked_for_and_a_later_save_replaces_them()
    {
        var stored = new FeedItemState("https://example.org/a", "https://example.org/feed.xml", "example.org_0123456789abcdef", 1, null, At);
        var failed = new FeedItemState("guid:https://example.org/feed.xml urn:1", "https://example.org/feed.xml", null, 2, "HTTP 404 Not Found", At);
        await Store.SaveItemsAsync([stored, failed], default);

        var found = await Store.GetItemsAsync([stored.Key, failed.Key, "https://example.org/never"], default);
        Assert.Equal(2, found.Count);
        Assert.Equal(stored, found[stored.Key]);
        Assert.Equal(failed, found[failed.Key]);

        var retried = failed with { ArticleId = "example.org_fedcba9876543210", Attempts = 3, LastError = null, SeenAt = At.AddHours(1) };
        await Store.SaveItemsAsync([retried], default);
        await using var reopened = await ReopenStoreAsync();
        Assert.Equal(retried, (await reopened.GetItemsAsync([failed.Key], default))[failed.Key]);
    }

    [Fact]
    public async Task Many_keys_are_looked_up_in_one_call()
    {
        var items = Enumerable.Range(0, 1200).Select(i => new FeedItemState($"https://example.org/{i}", "https://example.org/feed.xml", null, 1, "x", At)).ToList();
        await Store.SaveItemsAsync(items, default);
        var found = await Store.GetItemsAsync([.. items.Select(i => i.Key)], default);
        Assert.Equal(1200, found.Count);
    }
}