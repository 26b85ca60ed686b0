using Sitrep.Evaluation;
using Sitrep.Training;

namespace Sitrep.Tests.Training;

public sealed class StoryFoldsTests
{
    private static GoldEvent Event(string id, params string[] articles) =>
        new(id, GoldEvent.IncidentKind, ["ASSAULT"], [], null, null, [], [], null, [.. articles.Select(a => new GoldMention(a, ["x"]))]);

    [Fact]
    public void Stories_that_share_a_gold_event_stay_in_one_fold()
    {
        var stories = Enumerable.Range(0, 10).Select(i => $"s{i}").ToList();
        var folds = StoryFolds.Split(stories, [Event("e1", "s1", "s7"), Event("e2", "s7", "s4")], 3);

        Assert.Equal(folds["s1"], folds["s7"]);
        Assert.Equal(folds["s7"], folds["s4"]);
    }

    [Fact]
    public void Every_fold_gets_stories_and_sizes_are_balanced()
    {
        var stories = Enumerable.Range(0, 11).Select(i => $"s{i}").ToList();
        var folds = StoryFolds.Split(stories, [], 4);

        var sizes = Enumerable.Range(0, 4).Select(f => folds.Values.Count(v => v == f)).ToList();
        Assert.All(sizes, s => Assert.InRange(s, 2, 3));
        Assert.Equal(11, sizes.Sum());
    }

    [Fact]
    public void The_split_is_the_same_whatever_the_order_of_the_stories()
    {
        var stories = Enumerable.Range(0, 12).Select(i => $"story-{i}").ToList();
        var a = StoryFolds.Split(stories, [Event("e", "story-3", "story-9")], 5);
        var b = StoryFolds.Split([.. Enumerable.Reverse(stories)], [Event("e", "story-3", "story-9")], 5);

        Assert.Equal(a.OrderBy(p => p.Key), b.OrderBy(p => p.Key));
    }

    [Fact]
    public void Training_shares_nest_and_grow_with_the_share()
    {
        var ids = Enumerable.Range(0, 400).Select(i => $"story-{i}").ToList();
        var quarter = ids.Where(id => StoryFolds.InShare(id, 0.25)).ToList();
        var half = ids.Where(id => StoryFolds.InShare(id, 0.5)).ToList();

        Assert.All(quarter, id => Assert.Contains(id, half));
        Assert.InRange(quarter.Count, 60, 140);
        Assert.InRange(half.Count, 150, 250);
        Assert.All(ids, id => Assert.True(StoryFolds.InShare(id, 1)));
    }
}