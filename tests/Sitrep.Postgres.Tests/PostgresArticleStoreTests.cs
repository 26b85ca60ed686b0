using Sitrep.Storage;
using Sitrep.Tests.Storage;

namespace Sitrep.Postgres.Tests;

/// <summary>The <see cref="ArticleStoreContract"/> run against <see cref="PostgresArticleStore"/> on a real server.</summary>
public sealed class PostgresArticleStoreTests(PostgresDatabaseFixture database) : ArticleStoreContract, IClassFixture<PostgresDatabaseFixture>
{
    protected override async Task<IArticleStore> CreateStoreAsync(TimeProvider timeProvider)
    {
        var store = await PostgresArticleStore.OpenAsync(database.Location, timeProvider, default);
        await database.EmptyAsync();
        return store;
    }
}