using Microsoft.Extensions.Time.Testing;

using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The behaviours every <see cref="IArticleStore"/> must have. Each implementation derives a test class that says how
/// to open a fresh, empty store; the PostgreSQL store will reuse these tests unchanged.
/// </summary>
public abstract partial class ArticleStoreContract : IAsyncLifetime
{
    private IArticleStore? store;

    /// <summary>The clock the store is given: fixed, so that ingestion times can be checked.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The store under test, fresh and empty for each test.</summary>
    protected IArticleStore Store => store ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Opens a fresh, empty store using <paramref name="timeProvider"/>.</summary>
    protected abstract Task<IArticleStore> CreateStoreAsync(TimeProvider timeProvider);

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made, after the store is disposed.</summary>
    protected virtual Task DeleteStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => store = await CreateStoreAsync(Clock);

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        await DeleteStoreAsync();
    }

    protected static Article MakeArticle(string id, string body, string? title = null, DateOnly? published = null, string? outlet = null) =>
        new(id, body, new ArticleOrigin(Path: $"/in/{id}.txt")) { Title = title, Published = published, Outlet = outlet };

    protected async Task<StoreOutcome> AddOneAsync(Article article) => (await Store.AddArticlesAsync([article], default)).Single();

    protected async Task<string[]> SearchIdsAsync(string text) =>
        [.. (await Store.QueryArticlesAsync(new ArticleQuery(Search: text), default)).Select(a => a.Article.Id)];

    [Fact]
    public async Task A_new_article_reads_back_with_every_field()
    {
        var article = new Article("a1", "Six men were killed in a strike on Friday.", new ArticleOrigin("/in/bulk.jsonl", "https://example.org/a1", "https://example.org/feed", 7))
        {
            Outlet = "Example News",
            Url = "https://example.org/a1",
            Title = "Strike kills six",
            Published = new DateOnly(2026, 3, 7),
            Language = "es",
        };

        var outcome = await AddOneAsync(article);
        var stored = await Store.GetArticleAsync("a1", default);

        // The store's answer carries the article as it reads back, so ingest need not read it back.
        Assert.Equal(new StoreOutcome("a1", StoreOutcomeKind.New, Stored: stored), outcome);
        Assert.NotNull(stored);
        Assert.Equal(article, stored.Article);
        Assert.Equal(Clock.GetUtcNow(), stored.IngestedAt);
        Assert.Null(stored.SyndicatedFrom);
        Assert.Null(stored.Similarity);
    }

    [Fact]
    public async Task An_unknown_publication_date_stays_unknown()
    {
        await AddOneAsync(MakeArticle("a1", "No date is given for this report."));

        var stored = await Store.GetArticleAsync("a1", default);

        Assert.Null(stored!.Article.Published);
    }

    [Fact]
    public async Task An_unknown_id_reads_as_null() => Assert.Null(await Store.GetArticleAsync("nope", default));

    [Fact]
    public async Task An_empty_batch_stores_nothing()
    {
        var outcomes = await Store.AddArticlesAsync([], default);

        Assert.Empty(outcomes);
        Assert.Equal(0, await Store.CountArticlesAsync(default));
    }

    [Fact]
    public async Task An_exact_duplicate_in_the_same_batch_is_stored_once()
    {
        var outcomes = await Store.AddArticlesAsync([MakeArticle("a1", "The same body."), MakeArticle("a2", "The same body.")], default);

        Assert.Equal(new StoreOutcome("a1", StoreOutcomeKind.New), outcomes[0] with { Stored = null });
        Assert.Equal(new StoreOutcome("a1", StoreOutcomeKind.Duplicate, "a1"), outcomes[1]);
        Assert.Equal(1, await Store.CountArticlesAsync(default));
    }

    [Fact]
    public async Task An_exact_duplicate_in_a_later_batch_is_not_stored()
    {
        await AddOneAsync(MakeArticle("a1", "The same body."));

        var outcome = await AddOneAsync(MakeArticle("b7", "The same body."));

        Assert.Equal(new StoreOutcome("a1", StoreOutcomeKind.Duplicate, "a1"), outcome);
        Assert.Null(await Store.GetArticleAsync("b7", default));
    }

    [Fact]
    public async Task Bodies_differing_only_in_spacing_case_and_quote_style_are_exact_duplicates()
    {
        await AddOneAsync(MakeArticle("a1", "He said \u201cno\u201d \u2014 twice."));

        var outcome = await AddOneAsync(MakeArticle("a2", "  he SAID  \"no\"\n-  twice. "));

        Assert.Equal(StoreOutcomeKind.Duplicate, outcome.Kind);
    }

    [Fact]
    public async Task Reingesting_the_same_articles_adds_nothing()
    {
        Article[] batch = [MakeArticle("a1", "First body here."), MakeArticle("a2", "Second body, rather different."), MakeArticle("a1", "A third body under a taken id.")];
        await Store.AddArticlesAsync(batch, default);

        var again = await Store.AddArticlesAsync(batch, default);

        Assert.All(again, o => Assert.Equal(StoreOutcomeKind.Duplicate, o.Kind));
        Assert.Equal(3, await Store.CountArticlesAsync(default));
    }

    [Fact]
    public async Task A_taken_id_with_another_body_is_stored_under_a_hash_suffix()
    {
        await AddOneAsync(MakeArticle("001", "The first feed's first item."));
        var second = MakeArticle("001", "The second feed's first item, about something else.");

        var outcome = await AddOneAsync(second);

        var expectedId = "001-" + second.BodyHash[..8];
        Assert.Equal(new StoreOutcome(expectedId, StoreOutcomeKind.New, Stored: await Store.GetArticleAsync(expectedId, default)), outcome);
        Assert.Equal(second.Body, (await Store.GetArticleAsync(expectedId, default))!.Article.Body);
        Assert.Equal("The first feed's first item.", (await Store.GetArticleAsync("001", default))!.Article.Body);
    }

    [Fact]
    public async Task Counting_reports_every_stored_article()
    {
        await Store.AddArticlesAsync([MakeArticle("a1", "One."), MakeArticle("a2", "Two."), MakeArticle("a3", "One.")], default);

        Assert.Equal(2, await Store.CountArticlesAsync(default));
    }

    [Fact]
    public async Task A_batch_of_a_thousand_articles_is_stored_in_one_call()
    {
        var batch = Enumerable.Range(0, 1000).Select(i => MakeArticle($"bulk-{i:D4}", SyntheticBody(i))).ToArray();

        var outcomes = await Store.AddArticlesAsync(batch, default);

        Assert.Equal(1000, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(StoreOutcomeKind.New, o.Kind));
        Assert.Equal(1000, await Store.CountArticlesAsync(default));
    }

    [Fact]
    public async Task Concurrent_batches_with_overlapping_articles_store_each_body_once()
    {
        var articles = Enumerable.Range(0, 40).Select(i => MakeArticle($"c{i:D2}", SyntheticBody(10_000 + i))).ToArray();
        var batches = Enumerable.Range(0, 4).Select(k => articles.Skip(k * 5).Take(20).ToArray()).ToArray();

        var outcomes = (await Task.WhenAll(batches.Select(b => Task.Run(() => Store.AddArticlesAsync(b, default))))).SelectMany(o => o).ToArray();

        Assert.Equal(35, outcomes.Count(o => o.Kind == StoreOutcomeKind.New));
        Assert.Equal(outcomes.Length - 35, outcomes.Count(o => o.Kind == StoreOutcomeKind.Duplicate));
        Assert.Equal(35, await Store.CountArticlesAsync(default));
    }

    /// <summary>A body of 120 words drawn from a 2,000-word vocabulary: unrelated to every other seed.</summary>
    protected static string SyntheticBody(int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, 120).Select(_ => "w" + random.Next(2000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}