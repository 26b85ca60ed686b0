using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Evaluation.Ecb;
using Sitrep.Events;

namespace Sitrep.Tests.Evaluation.Ecb;

/// <summary>Documents grouped by the events Sitrep's clusterer put their mentions in.</summary>
public sealed class EventDocumentClustererTests
{
    private static readonly string[] Articles = ["a", "b", "c", "d"];

    [Fact]
    public void Documents_sharing_an_event_are_grouped()
    {
        var plan = Plan(("e1", ["a#0", "b#0"]), ("e2", ["c#0", "d#1"]), ("e3", ["a#1"]), ("e4", ["d#0"]));

        var partition = EventDocumentClusterer.Cluster(Articles, plan).BestSilhouette();

        Assert.Equal([0, 0, 1, 1], partition.Labels);
    }

    [Fact]
    public void A_document_that_shares_no_event_stays_alone()
    {
        var plan = Plan(("e1", ["a#0", "b#0"]), ("e2", ["c#0"]), ("e3", ["d#0"]));

        var partition = EventDocumentClusterer.Cluster(Articles, plan).Cut(0);

        Assert.Equal([0, 0, 1, 2], partition.Labels);
    }

    [Fact]
    public void More_shared_events_link_more_strongly()
    {
        // Cosines: a–b share two of their events (0.82), c–d one of c's two and all of d's (0.71), b–c one of b's three (0.41), so {a, b}–{c, d} average 0.10.
        var plan = Plan(("e1", ["a#0", "b#0"]), ("e2", ["a#1", "b#1"]), ("e3", ["b#2", "c#0"]), ("e4", ["c#1", "d#0"]));
        var dendrogram = EventDocumentClusterer.Cluster(Articles, plan);

        Assert.Equal([0, 0, 1, 2], dendrogram.Cut(0.75).Labels);
        Assert.Equal([0, 0, 1, 1], dendrogram.Cut(0.6).Labels);
        Assert.Equal([0, 0, 0, 0], dendrogram.Cut(0.05).Labels);
    }

    private static ClusterPlan Plan(params (string EventId, string[] MentionIds)[] clusters) =>
        new([.. clusters.Select(c => new MentionCluster(c.EventId, [.. c.MentionIds.Select(Mention)]))], []);

    private static MentionRecord Mention(string id)
    {
        var article = id[..id.IndexOf('#', StringComparison.Ordinal)];
        return new MentionRecord(
            id, article, int.Parse(id[(id.IndexOf('#', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            null, null, null, PloverType.Assault, null, EventKind.Incident, EventModality.Asserted, [], [], null, null, null, null, null, null,
            "struck", "It struck.", [new TextSpan(0, 10)]);
    }
}