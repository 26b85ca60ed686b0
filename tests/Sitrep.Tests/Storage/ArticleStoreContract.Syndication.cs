using Sitrep.Ingest;
using Sitrep.Ingest.NearDuplicates;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>Contract: near-duplicate (syndicated copy) detection.</summary>
public abstract partial class ArticleStoreContract
{
    private const string Story = "voa-8008349.txt";
    private const string OtherStory = "voa-8010057.txt";

    /// <summary>Edits an outlet makes to wire copy, each touching about 5% of the words.</summary>
    public static TheoryData<string> WireCopyEdits => ["rewritten-sentences", "cut-ending-and-dateline", "inserted-paragraph"];

    [Theory]
    [MemberData(nameof(WireCopyEdits))]
    public async Task An_edited_copy_is_stored_as_syndicated_from_the_original(string edit)
    {
        var body = StoreTestFiles.FixtureBody(Story);
        await AddOneAsync(MakeArticle("wire", body));

        var outcome = await AddOneAsync(MakeArticle("copy", Edit(body, edit)));
        var stored = await Store.GetArticleAsync("copy", default);

        Assert.Equal(StoreOutcomeKind.Syndicated, outcome.Kind);
        Assert.Equal("copy", outcome.ArticleId);
        Assert.Equal("wire", outcome.DuplicateOf);
        Assert.InRange(outcome.Similarity!.Value, 0.8, 1.0);
        Assert.Equal("wire", stored!.SyndicatedFrom);
        Assert.Equal(outcome.Similarity, stored.Similarity);
        Assert.Equal(stored, outcome.Stored);
    }

    [Fact]
    public async Task A_different_story_is_new()
    {
        await AddOneAsync(MakeArticle("wire", StoreTestFiles.FixtureBody(Story)));

        var outcome = await AddOneAsync(MakeArticle("other", StoreTestFiles.FixtureBody(OtherStory)));

        Assert.Equal(new StoreOutcome("other", StoreOutcomeKind.New), outcome with { Stored = null });
        Assert.Null((await Store.GetArticleAsync("other", default))!.SyndicatedFrom);
    }

    [Fact]
    public async Task A_copy_in_the_same_batch_as_its_original_is_syndicated()
    {
        var body = StoreTestFiles.FixtureBody(Story);

        var outcomes = await Store.AddArticlesAsync([MakeArticle("wire", body), MakeArticle("copy", Edit(body, "rewritten-sentences"))], default);

        Assert.Equal(StoreOutcomeKind.New, outcomes[0].Kind);
        Assert.Equal(StoreOutcomeKind.Syndicated, outcomes[1].Kind);
        Assert.Equal("wire", outcomes[1].DuplicateOf);
    }

    [Fact]
    public async Task A_copy_of_a_copy_links_to_the_earliest_copy_with_the_similarity_to_it()
    {
        var body = StoreTestFiles.FixtureBody(Story);
        var copy = Edit(body, "cut-ending-and-dateline");
        var copyOfCopy = Edit(copy, "rewritten-sentences");
        await AddOneAsync(MakeArticle("wire", body));
        await AddOneAsync(MakeArticle("copy", copy));

        var outcome = await AddOneAsync(MakeArticle("copy-of-copy", copyOfCopy));

        // The closest stored text is "copy" (it shares the cut ending); the link still goes to the earliest copy.
        var hasher = new MinHasher();
        var signature = hasher.Compute(BodyText.Normalize(copyOfCopy));
        Assert.True(signature.EstimateSimilarity(hasher.Compute(BodyText.Normalize(copy))) > signature.EstimateSimilarity(hasher.Compute(BodyText.Normalize(body))));
        Assert.Equal(StoreOutcomeKind.Syndicated, outcome.Kind);
        Assert.Equal("wire", outcome.DuplicateOf);
        Assert.Equal(signature.EstimateSimilarity(hasher.Compute(BodyText.Normalize(body))), outcome.Similarity);
        Assert.Equal("wire", (await Store.GetArticleAsync("copy-of-copy", default))!.SyndicatedFrom);
    }

    [Fact]
    public async Task Reingesting_a_syndicated_copy_adds_nothing()
    {
        var body = StoreTestFiles.FixtureBody(Story);
        var batch = new[] { MakeArticle("wire", body), MakeArticle("copy", Edit(body, "rewritten-sentences")) };
        await Store.AddArticlesAsync(batch, default);

        var again = await Store.AddArticlesAsync(batch, default);

        Assert.All(again, o => Assert.Equal(StoreOutcomeKind.Duplicate, o.Kind));
        Assert.Equal(2, await Store.CountArticlesAsync(default));
    }

    /// <summary>
    /// Syndication edits are clustered: a rewritten sentence, a cut ending, an added paragraph. (Five per cent of words
    /// replaced one by one at even spacing would change a quarter of the 5-word shingles, Jaccard ≈ 0.6: a real
    /// rewrite, not a copy.)
    /// </summary>
    private static string Edit(string body, string edit)
    {
        var words = body.Split(' ');
        var share = Math.Max(1, words.Length / 20);
        switch (edit)
        {
            case "rewritten-sentences":
                // Two runs of replaced words, a third and two thirds of the way in.
                foreach (var start in new[] { words.Length / 3, 2 * words.Length / 3 })
                {
                    for (var i = start; i < start + (share / 2); i++)
                    {
                        words[i] = "edited" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                return string.Join(' ', words);
            case "cut-ending-and-dateline":
                return "WASHINGTON (Wire) — " + string.Join(' ', words[..^share]);
            case "inserted-paragraph":
                var inserted = Enumerable.Range(0, share).Select(i => "added" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return string.Join(' ', words[..(words.Length / 2)].Concat(inserted).Concat(words[(words.Length / 2)..]));
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "Unknown edit.");
        }
    }
}