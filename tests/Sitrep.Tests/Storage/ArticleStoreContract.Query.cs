using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>Contract: full-text search and filters.</summary>
public abstract partial class ArticleStoreContract
{
    [Theory]
    [InlineData("Sucumbios")]
    [InlineData("Sucumbíos")]
    [InlineData("SUCUMBÍOS")]
    [InlineData("sucumbios province")]
    public async Task Search_ignores_accents_and_case_in_the_query(string search)
    {
        await Store.AddArticlesAsync(
        [
            MakeArticle("ec", "The strike hit a camp in Sucumbíos province, near the Colombian border."),
            MakeArticle("other", "A vessel was struck in the eastern Pacific."),
        ], default);

        Assert.Equal(["ec"], await SearchIdsAsync(search));
    }

    [Theory]
    [InlineData("Sucumbíos")]
    [InlineData("Sucumbios")]
    public async Task Search_ignores_accents_in_the_text(string search)
    {
        await AddOneAsync(MakeArticle("ec", "Forces struck a camp in Sucumbios on Friday."));

        Assert.Equal(["ec"], await SearchIdsAsync(search));
    }

    [Theory]
    [InlineData("airstrike", "Two airstrikes hit the camp.")]
    [InlineData("airstrikes", "An airstrike hit the camp.")]
    [InlineData("killing", "Gunmen killed three villagers.")]
    [InlineData("protesters", "Thousands protested in the capital.")]
    public async Task Search_matches_other_forms_of_a_word(string search, string text)
    {
        // English stemming (SQLite FTS5's porter tokenizer; PostgreSQL's english text search): an analyst types one
        // form of a word and the story uses another.
        await Store.AddArticlesAsync([MakeArticle("hit", text), MakeArticle("miss", "A vessel sank in the eastern Pacific.")], default);

        Assert.Equal(["hit"], await SearchIdsAsync(search));
    }

    [Fact]
    public async Task Search_covers_the_title()
    {
        await AddOneAsync(MakeArticle("t", "Body without the word.", title: "Guantanamo hearing"));

        Assert.Equal(["t"], await SearchIdsAsync("guantanamo"));
    }

    [Fact]
    public async Task Search_requires_every_term()
    {
        await Store.AddArticlesAsync([MakeArticle("both", "Ecuador and Colombia."), MakeArticle("one", "Ecuador alone.")], default);

        Assert.Equal(["both"], await SearchIdsAsync("colombia ecuador"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("U.S.")]
    [InlineData("strike AND OR NOT")]
    [InlineData("NEAR(strike camp)")]
    [InlineData("-strike")]
    [InlineData("strike*")]
    [InlineData("title:strike")]
    [InlineData("(camp")]
    [InlineData("^strike")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("?!")]
    public async Task Search_treats_punctuation_and_operators_as_text(string search)
    {
        await AddOneAsync(MakeArticle("a", "The U.S. strike hit a camp."));

        var found = await Store.QueryArticlesAsync(new ArticleQuery(Search: search), default);

        Assert.True(found.Count <= 1);
        Assert.Equal(1, await Store.CountArticlesAsync(default));
    }

    [Fact]
    public async Task Search_finds_a_dotted_abbreviation_as_a_phrase()
    {
        await Store.AddArticlesAsync([MakeArticle("us", "The U.S. Navy said so."), MakeArticle("u", "U and S are letters apart.")], default);

        Assert.Equal(["us"], await SearchIdsAsync("U.S."));
    }

    [Fact]
    public async Task Results_are_newest_first_with_unknown_dates_last_then_by_id()
    {
        await Store.AddArticlesAsync(
        [
            MakeArticle("nodate", "Body one."),
            MakeArticle("old", "Body two.", published: new DateOnly(2025, 1, 1)),
            MakeArticle("new-b", "Body three.", published: new DateOnly(2026, 3, 7)),
            MakeArticle("new-a", "Body four.", published: new DateOnly(2026, 3, 7)),
        ], default);

        var found = await Store.QueryArticlesAsync(new ArticleQuery(), default);

        Assert.Equal(["new-a", "new-b", "old", "nodate"], found.Select(a => a.Article.Id));
    }

    [Fact]
    public async Task Since_keeps_articles_published_on_or_after_the_date()
    {
        await Store.AddArticlesAsync(
        [
            MakeArticle("before", "Body one.", published: new DateOnly(2026, 3, 5)),
            MakeArticle("on", "Body two.", published: new DateOnly(2026, 3, 6)),
            MakeArticle("after", "Body three.", published: new DateOnly(2026, 3, 7)),
            MakeArticle("unknown", "Body four."),
        ], default);

        var found = await Store.QueryArticlesAsync(new ArticleQuery(Since: new DateOnly(2026, 3, 6)), default);

        Assert.Equal(["after", "on"], found.Select(a => a.Article.Id));
    }

    [Theory]
    [InlineData("Voice of America")]
    [InlineData("voice of america")]
    [InlineData("VOICE OF AMERICA")]
    public async Task Outlet_matches_ignoring_case(string outlet)
    {
        await Store.AddArticlesAsync([MakeArticle("voa", "Body one.", outlet: "Voice of America"), MakeArticle("ap", "Body two.", outlet: "AP")], default);

        var found = await Store.QueryArticlesAsync(new ArticleQuery(Outlet: outlet), default);

        Assert.Equal(["voa"], found.Select(a => a.Article.Id));
    }

    [Fact]
    public async Task Outlet_matches_ignoring_case_beyond_ascii()
    {
        await AddOneAsync(MakeArticle("ep", "Cuerpo.", outlet: "Él País"));

        var found = await Store.QueryArticlesAsync(new ArticleQuery(Outlet: "él país"), default);

        Assert.Single(found);
    }

    [Fact]
    public async Task Limit_caps_the_number_of_results()
    {
        await Store.AddArticlesAsync([.. Enumerable.Range(0, 5).Select(i => MakeArticle($"a{i}", $"Body number {i}."))], default);

        var found = await Store.QueryArticlesAsync(new ArticleQuery(Limit: 3), default);

        Assert.Equal(["a0", "a1", "a2"], found.Select(a => a.Article.Id));
    }

    [Fact]
    public async Task Filters_combine()
    {
        await Store.AddArticlesAsync(
        [
            MakeArticle("hit", "Strike in Ecuador.", published: new DateOnly(2026, 3, 7), outlet: "VOA"),
            MakeArticle("old", "Strike in Ecuador.  Earlier.", published: new DateOnly(2025, 3, 7), outlet: "VOA"),
            MakeArticle("other", "Strike in Ecuador, again.", published: new DateOnly(2026, 3, 7), outlet: "AP"),
        ], default);

        var found = await Store.QueryArticlesAsync(new ArticleQuery("ecuador", new DateOnly(2026, 1, 1), "voa", 10), default);

        Assert.Equal(["hit"], found.Select(a => a.Article.Id));
    }
}