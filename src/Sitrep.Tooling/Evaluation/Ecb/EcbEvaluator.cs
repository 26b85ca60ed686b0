using System.Collections.Frozen;
using System.Diagnostics;
using Sitrep.Clustering;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Clusters each ECB+ topic's documents into real-world events and scores the result with B³ (documents as items,
/// the gold sub-topic as class). Methods: the plain TF-IDF cosine baseline; Sitrep (analysis, mention records, the
/// event clusterer, documents linked by shared events), when a pipeline and a clusterer are given; and
/// "one-per-topic", every topic as one event, the score a method must beat to have split anything well. Each
/// clustering method builds an average-link dendrogram per topic and is cut two ways, the same for every method:
/// at the best silhouette (no tuning), and at a threshold chosen on ECB+'s development topics.
/// </summary>
/// <param name="pipeline">The analysis pipeline, or null to run the baseline only.</param>
/// <param name="recluster">Sitrep's mention clusterer (<c>EventClusterer.Recluster</c>), or null to run the baseline only.</param>
/// <param name="threads">Threads for analysis; 0 for one per core.</param>
public sealed class EcbEvaluator(AnalysisPipeline? pipeline, Func<IReadOnlyList<MentionRecord>, ClusterPlan>? recluster, int threads = 0)
{
    /// <summary>
    /// ECB+'s development topics in the split of Cybulska and Vossen (2015), used since by most work on ECB+:
    /// training 1–22, development 23–25, test 26–45. Thresholds are chosen on these only.
    /// </summary>
    public static FrozenSet<string> DevelopmentTopics { get; } = FrozenSet.Create(StringComparer.Ordinal, "23", "24", "25");

    private readonly int threads = threads > 0 ? threads : Environment.ProcessorCount;

    /// <summary>
    /// Scores the first <paramref name="maxTopics"/> topics of <paramref name="corpus"/> (all when null); the development
    /// topics are clustered too, when the corpus holds them, to choose the thresholds.
    /// </summary>
    public EcbEvaluation Evaluate(EcbCorpus corpus, int? maxTopics = null, IProgress<EcbProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var started = Stopwatch.GetTimestamp();
        var scored = corpus.Topics.Take(maxTopics ?? int.MaxValue).ToList();
        var tuning = corpus.Topics.Where(t => DevelopmentTopics.Contains(t.Id)).ToList();
        var work = scored.Union(tuning).ToList();
        var runSitrep = pipeline is not null && recluster is not null;
        string[] methods = runSitrep ? ["tfidf", "sitrep"] : ["tfidf"];
        var dendrograms = methods.ToDictionary(m => m, _ => new Dictionary<EcbTopic, Dendrogram>(), StringComparer.Ordinal);
        var elapsed = methods.ToDictionary(m => m, _ => TimeSpan.Zero, StringComparer.Ordinal);
        var coverage = new Dictionary<EcbTopic, SitrepCoverage>();
        var documentsDone = 0;
        for (var t = 0; t < work.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var topic = work[t];
            foreach (var method in methods)
            {
                var methodStarted = Stopwatch.GetTimestamp();
                if (method == "tfidf")
                {
                    dendrograms[method][topic] = TfIdfDocumentClusterer.Cluster([.. topic.Documents.Select(d => d.Text)]);
                }
                else
                {
                    dendrograms[method][topic] = ClusterWithSitrep(topic, out var found, cancellationToken);
                    coverage[topic] = found;
                }

                elapsed[method] += Stopwatch.GetElapsedTime(methodStarted);
            }

            documentsDone += topic.Documents.Count;
            progress?.Report(new EcbProgress(t + 1, work.Count, documentsDone));
        }

        var gold = work.ToDictionary(t => t, t => GoldClasses(t));
        var scores = new List<EcbMethodScore>();
        foreach (var method in methods)
        {
            var threshold = ThresholdTuner.Choose([.. tuning.Select(t => (dendrograms[method][t], gold[t]))]);
            scores.Add(Score(method, "silhouette", null, scored, t => dendrograms[method][t].BestSilhouette(), gold, elapsed[method]));
            if (threshold is { } th)
            {
                scores.Add(Score(method, "dev-threshold", th, scored, t => dendrograms[method][t].Cut(th), gold, elapsed[method]));
            }
        }

        scores.Add(Score("one-per-topic", "none", null, scored, t => new DocumentPartition(new int[t.Documents.Count], 0), gold, TimeSpan.Zero));
        return new EcbEvaluation(
            scored.Count,
            scored.Sum(t => t.Documents.Count),
            scored.Sum(t => gold[t].Distinct().Count()),
            [.. tuning.Select(t => t.Id)],
            scores,
            runSitrep ? null : "no event clusterer was given",
            runSitrep ? scored.Select(t => coverage[t]).Aggregate(new SitrepCoverage(0, 0, 0, 0), (a, b) => a.Add(b)) : null,
            Stopwatch.GetElapsedTime(started));
    }

    private Dendrogram ClusterWithSitrep(EcbTopic topic, out SitrepCoverage coverage, CancellationToken cancellationToken)
    {
        var articles = topic.Documents
            .Select(d => new Article(d.Id, d.Text, new ArticleOrigin(Url: d.Url)) { Url = d.Url })
            .ToList();
        var documents = AnalysisRunner.Analyze(pipeline!, articles, threads, null, cancellationToken);
        var mentions = new List<MentionRecord>();
        for (var i = 0; i < articles.Count; i++)
        {
            // The records need only the article; ECB+ gives no publication dates and no syndication links.
            mentions.AddRange(MentionRecordFactory.FromDocument(documents[i], articles[i], null));
        }

        var dendrogram = EventDocumentClusterer.Cluster([.. articles.Select(a => a.Id)], recluster!(mentions), out var linked);
        coverage = new SitrepCoverage(articles.Count, mentions.Count, mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(), linked);
        return dendrogram;
    }

    private static EcbMethodScore Score(
        string method, string cut, double? threshold, List<EcbTopic> topics, Func<EcbTopic, DocumentPartition> partition, Dictionary<EcbTopic, int[]> gold, TimeSpan elapsed)
    {
        var all = new List<(int Cluster, int Class)>();
        var heldOut = new List<(int Cluster, int Class)>();
        var perTopic = new List<EcbTopicScore>();
        var clusters = 0;
        var classes = 0;
        foreach (var topic in topics)
        {
            // Clusters and classes are numbered on from the previous topics' so that topics never share one.
            var p = partition(topic);
            var items = p.Labels.Select((label, i) => (Cluster: clusters + label, Class: classes + gold[topic][i])).ToList();
            all.AddRange(items);
            if (!DevelopmentTopics.Contains(topic.Id))
            {
                heldOut.AddRange(items);
            }

            perTopic.Add(new EcbTopicScore(topic.Id, topic.Documents.Count, p.ClusterCount, BCubed.Score(items)));
            clusters += p.ClusterCount;
            classes += gold[topic].Max() + 1;
        }

        return new EcbMethodScore(method, cut, threshold, BCubed.Score(all), BCubed.Score(heldOut), clusters, elapsed, perTopic);
    }

    // A document's gold class within its topic: 0, 1, ... in order of first appearance.
    private static int[] GoldClasses(EcbTopic topic)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. topic.Documents.Select(d => classes.TryGetValue(d.GoldEvent, out var c) ? c : classes[d.GoldEvent] = classes.Count)];
    }
}