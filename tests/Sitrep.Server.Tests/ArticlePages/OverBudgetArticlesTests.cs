using Microsoft.Extensions.Time.Testing;
using Sitrep.Ingest;

namespace Sitrep.Server.Tests.ArticlePages;

public sealed class OverBudgetArticlesTests
{
    [Fact]
    public void An_overrun_is_remembered_for_a_while_then_forgotten()
    {
        var clock = new FakeTimeProvider();
        var overBudget = new OverBudgetArticles(clock);
        var article = new Article("a", "A body.", new ArticleOrigin());
        overBudget.Add(article);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(OverBudgetArticles.Memory - TimeSpan.FromMinutes(1), overBudget.RetryAfter(article));

        clock.Advance(OverBudgetArticles.Memory);
        Assert.Null(overBudget.RetryAfter(article));
    }

    [Fact]
    public void At_most_so_many_overruns_are_remembered()
    {
        var overBudget = new OverBudgetArticles(new FakeTimeProvider());
        for (var i = 0; i <= OverBudgetArticles.MaxEntries; i++)
        {
            overBudget.Add(new Article($"a{i}", "A body.", new ArticleOrigin()));
        }

        Assert.Null(overBudget.RetryAfter(new Article("a0", "A body.", new ArticleOrigin())));
        Assert.NotNull(overBudget.RetryAfter(new Article($"a{OverBudgetArticles.MaxEntries}", "A body.", new ArticleOrigin())));
    }
}