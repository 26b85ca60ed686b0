using Sitrep.Storage;
using Sitrep.Tests.Storage;

namespace Sitrep.Postgres.Tests;

/// <summary>The <see cref="FeedStateStoreContract"/> run against <see cref="PostgresFeedStateStore"/> on a real server.</summary>
public sealed class PostgresFeedStateStoreTests(PostgresDatabaseFixture database) : FeedStateStoreContract, IClassFixture<PostgresDatabaseFixture>
{
    protected override async Task<IFeedStateStore> CreateStoreAsync()
    {
        var store = await ReopenStoreAsync();
        await database.EmptyAsync();
        return store;
    }

    protected override async Task<IFeedStateStore> ReopenStoreAsync() =>
        await PostgresFeedStateStore.OpenAsync(database.Location, TimeProvider.System, default);
}