namespace Sitrep.Clustering;

/// <summary>
/// Clusters one analysed article's event mentions into the stored events (docs/clustering-and-fusion.md): finds
/// candidates through the blocking index, re-clusters the neighbourhood in canonical order, fuses each cluster, diffs
/// it against its stored version, and writes the article's mentions, events, aliases, decisions and revisions in one
/// transaction. Runs on one writer: calls must not overlap.
/// </summary>
public sealed class EventClusteringService
{
    private readonly IEventCandidateSource candidates;
    private readonly IEventSink sink;
    private readonly EventClusterer clusterer;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates a service reading its neighbourhoods from <paramref name="candidates"/> and writing to <paramref name="sink"/> (one store implements both).</summary>
    public EventClusteringService(IEventCandidateSource candidates, IEventSink sink, EventClusterer clusterer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(clusterer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.candidates = candidates;
        this.sink = sink;
        this.clusterer = clusterer;
        this.timeProvider = timeProvider;
    }

    /// <summary>Clusters <paramref name="mentions"/>, all of article <paramref name="articleId"/> (replacing any it had), and stores the outcome.</summary>
    public Task<ClusteringOutcome> ProcessAsync(string articleId, IReadOnlyList<MentionRecord> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(mentions);

        // A sink with write transactions gets the candidate reads inside the transaction: read outside it, another
        // process's write could land in between and two writers would each build their own copy of one event (issue 23).
        return sink is ITransactionalEventSink transactional
            ? transactional.InWriteTransactionAsync(t => ClusterAsync(t, t, articleId, mentions, cancellationToken), cancellationToken)
            : ClusterAsync(candidates, sink, articleId, mentions, cancellationToken);
    }

    private async Task<ClusteringOutcome> ClusterAsync(
        IEventCandidateSource candidates, IEventSink sink, string articleId, IReadOnlyList<MentionRecord> mentions, CancellationToken cancellationToken)
    {

        // The neighbourhood: events sharing a block key with a new mention, and the events holding the article's
        // previous mentions (re-processing an article must be able to dissolve what it built).
        var keys = mentions.SelectMany(BlockingKeys.ProbeKeys).ToHashSet(StringComparer.Ordinal);
        var before = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        foreach (var stored in await candidates.FindCandidatesAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            before[stored.Event.Id] = stored;
        }

        foreach (var stored in await candidates.EventsOfArticleAsync(articleId, cancellationToken).ConfigureAwait(false))
        {
            before[stored.Event.Id] = stored;
        }

        var pool = before.Values
            .SelectMany(e => e.Mentions)
            .Where(m => m.ArticleId != articleId)
            .DistinctBy(m => m.Id)
            .Concat(mentions)
            .ToList();
        var plan = pool.Count == 0 ? new ClusterPlan([], []) : clusterer.Recluster(pool);

        var at = timeProvider.GetUtcNow();
        var clusterOfMention = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in plan.Clusters)
        {
            foreach (var m in cluster.Mentions)
            {
                clusterOfMention[m.Id] = cluster.EventId;
            }
        }

        var upserted = new List<ClusteredEvent>();
        var revisions = new List<EventRevision>();
        var created = 0;
        var changed = 0;
        var survivors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in plan.Clusters)
        {
            survivors.Add(cluster.EventId);
            var fused = EventFusion.Fuse(cluster.EventId, cluster.Mentions);
            var blockKeys = cluster.Mentions.SelectMany(BlockingKeys.IndexKeys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var previous = before.GetValueOrDefault(cluster.EventId) ?? Renamed(before.Values, cluster);
            // An unchanged event is not rewritten, unless it holds this article's mentions: they were re-inserted.
            if (previous is not null && previous.Event.Id == fused.Id && cluster.Mentions.All(m => m.ArticleId != articleId)
                && previous.Event == fused)
            {
                continue;
            }

            if (previous is null)
            {
                created++;
            }
            else
            {
                changed++;
            }

            upserted.Add(ClusteredEvent.Of(fused, blockKeys, cluster.Mentions));
            revisions.AddRange(EventRevisions.Diff(previous?.Event, fused, articleId, at));
        }

        var removed = new List<RemovedEvent>();
        foreach (var old in before.Values.Where(e => !survivors.Contains(e.Event.Id)))
        {
            // The successor is the event now holding the old event's first surviving mention.
            var successor = old.Mentions.Order(CanonicalMentionOrder.Instance)
                .Select(m => clusterOfMention.GetValueOrDefault(m.Id))
                .FirstOrDefault(id => id is not null);
            removed.Add(new RemovedEvent(old.Event.Id, successor));
            revisions.Add(EventRevisions.Removed(old.Event, successor, articleId, at));
        }

        var touched = upserted.SelectMany(u => u.Event.MentionIds).ToHashSet(StringComparer.Ordinal);
        var decisions = plan.Decisions.Where(d => touched.Contains(d.MentionId)).ToList();
        await sink.ApplyAsync(new EventUpdate(articleId, mentions, upserted, removed, revisions, decisions), cancellationToken).ConfigureAwait(false);
        return new ClusteringOutcome(mentions.Count, created, changed, removed.Count, before.Count);
    }

    // A cluster whose id is new but which holds the canonically first mention of a stored event is that event renamed
    // (an earlier report arrived later): its revisions are diffed against the stored version.
    private static StoredEvent? Renamed(IEnumerable<StoredEvent> before, MentionCluster cluster)
    {
        var ids = cluster.Mentions.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return before.FirstOrDefault(e => e.Mentions.Count > 0 && ids.Contains(e.Mentions.Min(CanonicalMentionOrder.Instance)!.Id));
    }
}