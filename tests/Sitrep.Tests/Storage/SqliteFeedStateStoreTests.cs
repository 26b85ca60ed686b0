using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>The <see cref="FeedStateStoreContract"/> run against <see cref="SqliteFeedStateStore"/> on a temporary file.</summary>
public sealed class SqliteFeedStateStoreTests : FeedStateStoreContract
{
    private readonly string folder = StoreTestFiles.NewTempFolder();

    protected override async Task<IFeedStateStore> CreateStoreAsync() => await ReopenStoreAsync();

    protected override async Task<IFeedStateStore> ReopenStoreAsync() =>
        await SqliteFeedStateStore.OpenAsync(Path.Combine(folder, "sitrep.db"), TimeProvider.System, default);

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}