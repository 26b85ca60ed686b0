using Sitrep.Ingest;

namespace Sitrep.Server.Tests.ArticlePages;

public sealed class ArticleDocumentCacheTests
{
    private static Article Make(string id, string body = "A body.") => new(id, body, new ArticleOrigin());

    [Fact]
    public void The_least_recently_used_document_goes_first_and_the_bound_holds()
    {
        var cache = new ArticleDocumentCache(400);
        cache.Add(Make("a"), new byte[100]);
        cache.Add(Make("b"), new byte[100]);
        cache.Add(Make("c"), new byte[100]);
        Assert.True(cache.TryGet(Make("a"), out _)); // a is now the most recent; b the least

        cache.Add(Make("d"), new byte[100]);
        cache.Add(Make("e"), new byte[100]);

        Assert.False(cache.TryGet(Make("b"), out _));
        Assert.True(cache.TryGet(Make("a"), out _));
        Assert.True(cache.Bytes <= 400, $"{cache.Bytes} bytes held");
    }

    [Fact]
    public void A_document_over_a_quarter_of_the_bound_is_not_kept()
    {
        var cache = new ArticleDocumentCache(400);
        cache.Add(Make("small"), new byte[100]);

        cache.Add(Make("big"), new byte[101]);

        Assert.False(cache.TryGet(Make("big"), out _));
        Assert.True(cache.TryGet(Make("small"), out _));
    }

    [Fact]
    public void A_new_body_under_the_same_id_is_not_served_the_old_document()
    {
        var cache = new ArticleDocumentCache(400);
        cache.Add(Make("a", "The first body."), [1]);

        Assert.False(cache.TryGet(Make("a", "A corrected body."), out _));
        Assert.True(cache.TryGet(Make("a", "The first body."), out var json));
        Assert.Equal([1], json);
    }
}