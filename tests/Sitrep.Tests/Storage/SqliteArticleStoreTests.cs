using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>The <see cref="ArticleStoreContract"/> run against <see cref="SqliteArticleStore"/> on a temporary file.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    private readonly string folder = StoreTestFiles.NewTempFolder();

    protected override async Task<IArticleStore> CreateStoreAsync(TimeProvider timeProvider) =>
        await SqliteArticleStore.OpenAsync(Path.Combine(folder, "sitrep.db"), timeProvider, default);

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}