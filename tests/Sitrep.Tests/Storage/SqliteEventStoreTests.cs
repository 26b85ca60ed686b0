using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>The <see cref="EventStoreContract"/> run against <see cref="SqliteEventStore"/> on a temporary file.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly string folder = StoreTestFiles.NewTempFolder();

    protected override async Task<(IArticleStore Articles, IEventStore Events)> CreateStoresAsync(TimeProvider timeProvider)
    {
        var path = Path.Combine(folder, "sitrep.db");
        return (await SqliteArticleStore.OpenAsync(path, timeProvider, default), await SqliteEventStore.OpenAsync(path, timeProvider, default));
    }

    protected override Task DeleteStoresAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}