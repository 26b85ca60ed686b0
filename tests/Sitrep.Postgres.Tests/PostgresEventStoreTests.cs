using Sitrep.Storage;
using Sitrep.Tests.Storage;

namespace Sitrep.Postgres.Tests;

/// <summary>The <see cref="EventStoreContract"/> run against <see cref="PostgresEventStore"/> on a real server.</summary>
public sealed class PostgresEventStoreTests(PostgresDatabaseFixture database) : EventStoreContract, IClassFixture<PostgresDatabaseFixture>
{
    protected override async Task<(IArticleStore Articles, IEventStore Events)> CreateStoresAsync(TimeProvider timeProvider)
    {
        var articles = await PostgresArticleStore.OpenAsync(database.Location, timeProvider, default);
        await database.EmptyAsync();
        return (articles, await PostgresEventStore.OpenAsync(database.Location, timeProvider, default));
    }
}