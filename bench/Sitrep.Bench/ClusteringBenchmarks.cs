using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Bench;

/// <summary>
/// Per-article clustering time against a store already holding 10,000 or 100,000 events (issue 9: at most 1.5× apart).
/// The stored events arrive at a constant rate (<see cref="EventsPerDay"/> a day over 60 countries and every PLOVER
/// family, actors from a pool of 400): a bigger store is a longer history, as a news stream builds one, and the new
/// article reports events of the last days. Blocking should make the cost follow the recent blocks, not the history.
/// Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*Clustering*' --inProcess --warmupCount 5 --iterationCount 15</c>.
/// </summary>
public class ClusteringBenchmarks
{
    private const int EventsPerDay = 30;
    private const int BulkArticleEvents = 1000;
    private const int NewArticles = 20_000;
    private static readonly DateOnly Today = new(2026, 3, 7);

    private readonly Random random = new(7);
    private readonly string[] countries = [.. Enumerable.Range(0, 60).Select(i => string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26))))];
    private readonly PloverType[] types = Enum.GetValues<PloverType>();
    private ActorRef[] actors = [];
    private string folder = "";
    private SqliteArticleStore articles = null!;
    private SqliteEventStore events = null!;
    private EventClusteringService service = null!;
    private int next;

    /// <summary>How many events the store holds before the measured articles arrive.</summary>
    [Params(10_000, 100_000)]
    public int StoredEvents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        actors = [.. Enumerable.Range(0, 400).Select(i => new ActorRef($"Actor {i}", countries[i % countries.Length], (ActorSector)(i % 7), $"A{i}", []))];
        folder = Path.Combine(Path.GetTempPath(), "sitrep-bench-clustering-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "bench.db");
        articles = await SqliteArticleStore.OpenAsync(path, TimeProvider.System, default);
        events = await SqliteEventStore.OpenAsync(path, TimeProvider.System, default);
        service = new EventClusteringService(events, events, new EventClusterer(), TimeProvider.System);

        var days = StoredEvents / EventsPerDay;
        var bulkCount = (StoredEvents + BulkArticleEvents - 1) / BulkArticleEvents;
        await articles.AddArticlesAsync([.. Enumerable.Range(0, bulkCount).Select(i => Article($"bulk-{i}"))], default);
        await articles.AddArticlesAsync([.. Enumerable.Range(0, NewArticles).Select(i => Article($"new-{i}"))], default);
        for (var b = 0; b < bulkCount; b++)
        {
            var articleId = $"bulk-{b}";
            var mentions = new List<MentionRecord>();
            for (var i = b * BulkArticleEvents; i < Math.Min(StoredEvents, (b + 1) * BulkArticleEvents); i++)
            {
                mentions.Add(Mention(articleId, mentions.Count, Today.AddDays(-days + (i / EventsPerDay))));
            }

            // Stored as already clustered (one event per mention): the setup measures nothing, so it skips the clusterer.
            var upserted = mentions.Select(m => ClusteredEvent.Of(EventFusion.Fuse(StableEventId.For([m]), [m]), BlockingKeys.IndexKeys(m), [m])).ToList();
            await events.ApplyAsync(new EventUpdate(articleId, mentions, upserted, [], [], []), default);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await events.DisposeAsync();
        await articles.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// One new article with three event mentions of the last days: blocked, scored, fused, stored. The stream goes on
    /// at the history's rate (the measured articles' dates advance by a day per <see cref="EventsPerDay"/> events), so
    /// the measured articles do not crowd one week and the blocks stay as dense as the history's.
    /// </summary>
    [Benchmark]
    public async Task<int> ClusterOneArticle()
    {
        var sequence = next++;
        var articleId = $"new-{sequence % NewArticles}";
        var today = Today.AddDays(sequence * 3 / EventsPerDay);
        var mentions = Enumerable.Range(0, 3).Select(i => Mention(articleId, i, today.AddDays(-random.Next(3)))).ToList();
        var outcome = await service.ProcessAsync(articleId, mentions, default);
        return outcome.Candidates;
    }

    private static Article Article(string id) =>
        new(id, $"Bench article {id}.", new ArticleOrigin()) { Published = Today };

    private MentionRecord Mention(string articleId, int ordinal, DateOnly day)
    {
        var country = countries[random.Next(countries.Length)];
        var place = new Place($"Place {country}", country, $"{country} province {random.Next(10)}", null, random.NextDouble() * 60 - 30, random.NextDouble() * 120 - 60, "A", null, 3);
        var evidence = string.Create(CultureInfo.InvariantCulture, $"Forces of {country} struck targets in province {random.Next(10)} on day {day.DayNumber}.");
        return new MentionRecord(
            $"{articleId}#{ordinal}", articleId, ordinal, "Bench", Today, null,
            types[random.Next(types.Length)], null, EventKind.Incident, EventModality.Asserted,
            [actors[random.Next(actors.Length)]], [actors[random.Next(actors.Length)]],
            DateInterval.Day(day), null, place, null, null, null,
            "struck", evidence, [new TextSpan(0, evidence.Length)]);
    }
}