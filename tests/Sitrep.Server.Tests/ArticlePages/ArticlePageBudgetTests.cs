using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Server.Tests.ArticlePages;

/// <summary>
/// Issue 23: an article page analyses as ingest does, under the request's cancellation and a time budget; a
/// quarantined article is not analysed; a page seen again is not analysed again (docs/hostile-input.md).
/// </summary>
public sealed class ArticlePageBudgetTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));
    private string folder = "";

    private string DbPath => Path.Combine(folder, "sitrep.db");

    public async Task InitializeAsync()
    {
        folder = Directory.CreateTempSubdirectory("sitrep-article-pages-").FullName;
        await using var articles = await SqliteArticleStore.OpenAsync(DbPath, clock, default);
        await using var events = await SqliteEventStore.OpenAsync(DbPath, clock, default);
        await articles.AddArticlesAsync(
            [
                new Article("plain", "Police arrested two men in Quito on Sunday.", new ArticleOrigin(Path: "/in/plain.txt")),
                new Article("set_aside", "A body that once took too long.", new ArticleOrigin(Path: "/in/set_aside.txt")),
            ],
            default);
        await events.QuarantineAsync("set_aside", "analysis took longer than its 60 s budget", default);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_analysis()
    {
        var stage = new UntilCancelledStage();
        await using var app = await StartAsync(stage);
        using var leaving = new CancellationTokenSource();
        var request = Task.Run(() => app.GetTestClient().GetAsync("/api/articles/plain", leaving.Token));
        await stage.WaitStartedAsync();

        await leaving.CancelAsync();

        // The fake clock never moves, so only the client's going away can end the stage's wait.
        await stage.Stopped.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.Equal(1, stage.Calls);
    }

    [Fact]
    public async Task An_article_over_its_budget_is_a_503_naming_the_reason_and_is_not_analysed_again_at_once()
    {
        var stage = new UntilCancelledStage();
        await using var app = await StartAsync(stage);
        var client = app.GetTestClient();
        var request = Task.Run(() => client.GetAsync("/api/articles/plain"));
        await stage.WaitStartedAsync();

        clock.Advance(Limit + TimeSpan.FromSeconds(1));

        using var over = await request;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, over.StatusCode);
        Assert.Equal("time_budget", await ReasonAsync(over));
        Assert.True(over.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {over.Headers.RetryAfter}");

        using var again = await client.GetAsync("/api/articles/plain");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
        Assert.Equal(1, stage.Calls);
    }

    [Fact]
    public async Task A_quarantined_article_answers_its_reason_and_is_not_analysed()
    {
        var stage = new CountingStage();
        await using var app = await StartAsync(stage);

        using var response = await app.GetTestClient().GetAsync("/api/articles/set_aside");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("analysis took longer than its 60 s budget", await ReasonAsync(response));
        Assert.Equal(0, stage.Calls);
    }

    [Fact]
    public async Task An_article_page_asked_for_again_is_served_without_a_second_analysis()
    {
        var stage = new CountingStage();
        await using var app = await StartAsync(stage);
        var client = app.GetTestClient();

        using var first = await client.GetAsync("/api/articles/plain");
        using var second = await client.GetAsync("/api/articles/plain");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, stage.Calls);
    }

    [Fact]
    public async Task A_page_analysed_with_no_cache_is_analysed_each_time()
    {
        var stage = new CountingStage();
        await using var app = await StartAsync(stage, cacheBytes: 0);
        var client = app.GetTestClient();

        (await client.GetAsync("/api/articles/plain")).Dispose();
        (await client.GetAsync("/api/articles/plain")).Dispose();

        Assert.Equal(2, stage.Calls);
    }

    [Fact]
    public async Task An_analysis_that_throws_is_a_500_naming_the_error()
    {
        await using var app = await StartAsync(new ThrowingStage());

        using var response = await app.GetTestClient().GetAsync("/api/articles/plain");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("analysis failed: InvalidOperationException", await ReasonAsync(response));
    }

    private static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("reason").GetString();
    }

    private async Task<WebApplication> StartAsync(IAnalysisStage stage, long cacheBytes = 1 << 20)
    {
        var options = new ServerOptions
        {
            DatabasePath = DbPath,
            Pipeline = new AnalysisPipelineBuilder().Add(stage).Build(),
            TimeProvider = clock,
            ArticleTimeLimit = Limit,
            ArticleCacheBytes = cacheBytes,
            PermitsPerMinute = 100_000,
        };
        var app = await SitrepServer.BuildAsync(options, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return app;
    }
}