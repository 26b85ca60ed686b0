using Microsoft.Extensions.Time.Testing;
using Sitrep.Clustering;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Time;
using static Sitrep.Tests.Storage.EventFixtures;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The behaviours every <see cref="IEventStore"/> must have; each implementation derives a class that opens a fresh
/// article store and event store on the same database.
/// </summary>
public abstract class EventStoreContract : IAsyncLifetime
{
    private IArticleStore? articles;
    private IEventStore? events;
    private readonly Dictionary<string, MentionRecord> applied = new(StringComparer.Ordinal);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

    protected IEventStore Store => events ?? throw new InvalidOperationException("Not initialised.");

    protected abstract Task<(IArticleStore Articles, IEventStore Events)> CreateStoresAsync(TimeProvider timeProvider);

    protected virtual Task DeleteStoresAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        (articles, events) = await CreateStoresAsync(Clock);
        await articles.AddArticlesAsync([.. new[] { "a1", "a2", "a3" }.Select(id => new Article(id, $"Body of {id}.", new ArticleOrigin()))], default);
    }

    public async Task DisposeAsync()
    {
        if (events is not null)
        {
            await events.DisposeAsync();
        }

        if (articles is not null)
        {
            await articles.DisposeAsync();
        }

        await DeleteStoresAsync();
    }

    private Task ApplyAsync(string articleId, MentionRecord[] mentions, FusedEvent[] upserted, RemovedEvent[]? removed = null, EventRevision[]? revisions = null)
    {
        foreach (var m in mentions)
        {
            applied[m.Id] = m;
        }

        return Store.ApplyAsync(
            new EventUpdate(
                articleId, mentions, [.. upserted.Select(e => ClusteredEvent.Of(e, ["t:ASSAULT|m:2026-03|c:EC"], applied.Values))], removed ?? [], revisions ?? [],
                [.. mentions.Select(m => new ClusterDecision(m.Id, upserted.Length > 0 ? upserted[0].Id : "none", true, 0, 0, "opened"))]),
            default);
    }

    [Fact]
    public async Task An_event_reads_back_with_every_field_and_its_mentions()
    {
        var m = Mention("a1", date: new DateOnly(2026, 3, 6), place: Sucumbios, dead: 6);
        await ApplyAsync("a1", [m], [Event("ev_1", m)]);

        var stored = await Store.GetEventAsync("ev_1", default);

        Assert.NotNull(stored);
        Assert.Equal(new DateOnly(2026, 3, 6), stored.Event.Date.Value!.Value.From);
        Assert.Equal("Sucumbíos", stored.Event.Place.Value!.Name);
        Assert.Equal(6, stored.Event.Fatalities.Fused.Value!.Value.Min);
        Assert.Equal("Comandos de la Frontera", stored.Event.Recipients.Single().Actor.Name);
        Assert.Equal(m with { Actors = stored.Mentions[0].Actors, Recipients = stored.Mentions[0].Recipients, EvidenceSpans = stored.Mentions[0].EvidenceSpans }, stored.Mentions.Single());
        Assert.Equal(m.EvidenceSpans, stored.Mentions[0].EvidenceSpans);
        Assert.Equal("opened", stored.Decisions.Single().Reason);
    }

    [Fact]
    public async Task Candidates_come_from_shared_block_keys_only()
    {
        var m = Mention("a1");
        await ApplyAsync("a1", [m], [Event("ev_1", m)]);

        Assert.Equal("ev_1", (await Store.FindCandidatesAsync(["t:ASSAULT|m:2026-03|c:EC", "other"], default)).Single().Event.Id);
        Assert.Empty(await Store.FindCandidatesAsync(["t:PROTEST|m:2026-03|c:EC"], default));
    }

    [Fact]
    public async Task A_removed_event_resolves_to_its_successor()
    {
        var m1 = Mention("a1");
        var m2 = Mention("a2");
        await ApplyAsync("a1", [m1], [Event("ev_old", m1)]);
        await ApplyAsync("a2", [m2], [Event("ev_new", m2, m1)], [new RemovedEvent("ev_old", "ev_new")]);

        var stored = await Store.GetEventAsync("ev_old", default);

        Assert.Equal("ev_new", stored!.Event.Id);
        Assert.Equal("ev_old", stored.RequestedId);
        Assert.Equal(2, stored.Mentions.Count);
        Assert.Equal(1, await Store.CountEventsAsync(new EventQuery(), default));
    }

    [Fact]
    public async Task Revisions_are_kept_in_order_and_survive_a_clear()
    {
        var m = Mention("a1");
        var at = Clock.GetUtcNow();
        await ApplyAsync("a1", [m], [Event("ev_1", m)], revisions: [new("ev_1", at, "a1", "created", null, "{}"), new("ev_1", at, "a1", "date", "null", "{\"from\":\"2026-03-06\"}")]);
        await Store.ClearEventsAsync(default);
        await ApplyAsync("a1", [m], [Event("ev_1", m)]);

        var stored = await Store.GetEventAsync("ev_1", default);

        Assert.Equal(["created", "date"], stored!.Revisions.Select(r => r.Field));
    }

    [Fact]
    public async Task Articles_never_analysed_are_pending_until_applied_and_again_after_a_clear()
    {
        Assert.Equal(["a1", "a2", "a3"], await Store.UnanalyzedArticleIdsAsync(default));
        await ApplyAsync("a2", [], []);
        Assert.Equal(["a1", "a3"], await Store.UnanalyzedArticleIdsAsync(default));

        await Store.ClearEventsAsync(default);

        Assert.Equal(["a1", "a2", "a3"], await Store.UnanalyzedArticleIdsAsync(default));
    }

    [Fact]
    public async Task Clearing_removes_events_and_mentions()
    {
        var m = Mention("a1");
        await ApplyAsync("a1", [m], [Event("ev_1", m)]);

        await Store.ClearEventsAsync(default);

        Assert.Equal(0, await Store.CountEventsAsync(new EventQuery(), default));
        Assert.Empty(await Store.MentionsOfArticleAsync("a1", default));
    }

    [Fact]
    public async Task Applying_an_article_again_replaces_its_mentions()
    {
        await ApplyAsync("a1", [Mention("a1", 0), Mention("a1", 1)], [Event("ev_1", Mention("a1", 0), Mention("a1", 1))]);
        var again = Mention("a1", 0, evidence: "Troops raided a village.");
        await ApplyAsync("a1", [again], [Event("ev_1", again)]);

        Assert.Equal("Troops raided a village.", (await Store.MentionsOfArticleAsync("a1", default)).Single().Evidence);
        Assert.Equal("ev_1", (await Store.EventsOfArticleAsync("a1", default)).Single().Event.Id);
    }

    [Theory]
    [InlineData("2026-03-06", null, null, null, null, null, 0, "ev_a")]
    [InlineData(null, "2026-03-05", null, null, null, null, 0, "ev_b")]
    [InlineData(null, null, "protest", null, null, null, 0, "ev_c")]
    [InlineData(null, null, null, "ec", null, null, 0, "ev_a")]
    [InlineData(null, null, null, null, "frontera", null, 0, "ev_a,ev_b,ev_c")]
    [InlineData(null, null, null, null, "Border Commandos", null, 0, "ev_a,ev_b,ev_c")]
    [InlineData(null, null, null, null, null, "raided", 0, "ev_b")]
    [InlineData(null, null, null, null, null, null, 2, "ev_a")]
    [InlineData(null, null, null, null, null, "!!!", 0, "")]
    public async Task Filters_select_events(string? since, string? until, string? type, string? country, string? actor, string? text, int minSources, string expected)
    {
        var a1 = Mention("a1", date: new DateOnly(2026, 3, 6), place: Sucumbios);
        var a2 = Mention("a2", date: new DateOnly(2026, 3, 6), place: Sucumbios);
        var b = Mention("a3", 0, date: new DateOnly(2026, 3, 1), evidence: "Soldiers raided a camp.");
        var c = Mention("a3", 1, type: Sitrep.Events.PloverType.Protest);
        await ApplyAsync("a1", [a1], [Event("ev_a", a1)]);
        await ApplyAsync("a2", [a2], [Event("ev_a", a1, a2)]);
        await ApplyAsync("a3", [b, c], [Event("ev_b", b), Event("ev_c", c)]);
        var query = new EventQuery(
            since is null ? null : DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture),
            until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
            type, country, actor, text, minSources, Sort: EventSort.DateAscending);

        var found = await Store.QueryEventsAsync(query, default);

        Assert.Equal(expected, string.Join(',', found.Select(e => e.Id).Order(StringComparer.Ordinal)));
        Assert.Equal(found.Count, await Store.CountEventsAsync(query, default));
    }

    [Theory]
    [InlineData(EventDateMatch.Overlaps, "ev_day,ev_months")]
    [InlineData(EventDateMatch.Within, "ev_day")]
    public async Task Since_and_until_select_overlapping_or_contained_events(EventDateMatch match, string expected)
    {
        // An event of February–March overlaps March but does not lie within it (sitrep events --within).
        var day = Mention("a1", date: new DateOnly(2026, 3, 6));
        var months = Mention("a2") with { Date = new DateInterval(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31), DatePrecision.Month) };
        await ApplyAsync("a1", [day], [Event("ev_day", day)]);
        await ApplyAsync("a2", [months], [Event("ev_months", months)]);
        var query = new EventQuery(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Sort: EventSort.DateAscending, DateMatch: match);

        var found = await Store.QueryEventsAsync(query, default);

        Assert.Equal(expected, string.Join(',', found.Select(e => e.Id).Order(StringComparer.Ordinal)));
        Assert.Equal(found.Count, await Store.CountEventsAsync(query, default));
    }

    [Fact]
    public async Task Paging_and_sorting_are_stable()
    {
        var ids = new List<string>();
        foreach (var (article, day) in new[] { ("a1", 3), ("a2", 1), ("a3", 2) })
        {
            var m = Mention(article, date: new DateOnly(2026, 3, day));
            await ApplyAsync(article, [m], [Event("ev_" + day, m)]);
        }

        var first = await Store.QueryEventsAsync(new EventQuery(Limit: 2, Sort: EventSort.DateDescending), default);
        var second = await Store.QueryEventsAsync(new EventQuery(Limit: 2, Offset: 2, Sort: EventSort.DateDescending), default);

        Assert.Equal(["ev_3", "ev_2", "ev_1"], first.Concat(second).Select(e => e.Id));
    }

    [Fact]
    public async Task Actors_are_counted_over_events()
    {
        var m1 = Mention("a1");
        var m2 = Mention("a2", date: new DateOnly(2026, 3, 2));
        await ApplyAsync("a1", [m1], [Event("ev_1", m1)]);
        await ApplyAsync("a2", [m2], [Event("ev_2", m2)]);

        var actors = await Store.ListActorsAsync(10, default);

        Assert.Equal([("Comandos de la Frontera", 2), ("Ecuador military", 2)], actors.Select(a => (a.Name, a.Events)));
    }

    [Fact]
    public async Task An_article_quarantine_is_looked_up_by_id()
    {
        await Store.QuarantineAsync("a2", "analysis took longer than its 60 s budget", default);

        var quarantine = await Store.QuarantineOfAsync("a2", default);

        Assert.Equal(("a2", "analysis took longer than its 60 s budget", Clock.GetUtcNow()), (quarantine?.ArticleId, quarantine?.Reason, quarantine?.QuarantinedAt));
        Assert.Null(await Store.QuarantineOfAsync("a1", default));
    }
}