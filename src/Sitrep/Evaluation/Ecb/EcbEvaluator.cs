using System.Diagnostics;
using Sitrep.Clustering;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Clusters each ECB+ topic's documents into real-world events with every method and scores them with B³
/// (documents as items, the gold sub-topic as class). Methods: the plain TF-IDF cosine baseline; Sitrep (analysis,
/// mention records, the event clusterer, documents linked by shared events), when a pipeline and a clusterer are
/// given; and "one-per-topic", every topic as one event, the reference a method must beat to have split anything well.
/// </summary>
/// <param name="pipeline">The analysis pipeline, or null to run the baseline only.</param>
/// <param name="recluster">Sitrep's mention clusterer (<c>EventClusterer.Recluster</c>), or null to run the baseline only.</param>
/// <param name="threads">Threads for analysis; 0 for one per core.</param>
public sealed class EcbEvaluator(AnalysisPipeline? pipeline, Func<IReadOnlyList<MentionRecord>, ClusterPlan>? recluster, int threads = 0)
{
    private const string TfIdf = "tfidf";
    private const string Sitrep = "sitrep";
    private const string OnePerTopic = "one-per-topic";

    private readonly int threads = threads > 0 ? threads : Environment.ProcessorCount;

    /// <summary>Runs every method on every topic of <paramref name="corpus"/>.</summary>
    public EcbEvaluation Evaluate(EcbCorpus corpus, IProgress<EcbProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var started = Stopwatch.GetTimestamp();
        var runSitrep = pipeline is not null && recluster is not null;
        string[] methods = runSitrep ? [TfIdf, Sitrep, OnePerTopic] : [TfIdf, OnePerTopic];
        var runs = methods.ToDictionary(m => m, _ => new MethodRun(), StringComparer.Ordinal);
        var goldEvents = 0;
        var documentsDone = 0;
        for (var t = 0; t < corpus.Topics.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var topic = corpus.Topics[t];
            var gold = GoldClasses(topic, goldEvents);
            goldEvents += gold.Distinct().Count();
            foreach (var method in methods)
            {
                var methodStarted = Stopwatch.GetTimestamp();
                var partition = method switch
                {
                    TfIdf => TfIdfDocumentClusterer.Cluster([.. topic.Documents.Select(d => d.Text)]),
                    Sitrep => ClusterWithSitrep(topic, cancellationToken),
                    _ => new DocumentPartition(new int[topic.Documents.Count], 0),
                };
                runs[method].Add(topic, partition, gold, Stopwatch.GetElapsedTime(methodStarted));
            }

            documentsDone += topic.Documents.Count;
            progress?.Report(new EcbProgress(t + 1, corpus.Topics.Count, documentsDone));
        }

        return new EcbEvaluation(
            corpus.Topics.Count,
            corpus.DocumentCount,
            goldEvents,
            [.. methods.Select(m => runs[m].Score(m))],
            runSitrep ? null : "no event clusterer was given",
            Stopwatch.GetElapsedTime(started));
    }

    private DocumentPartition ClusterWithSitrep(EcbTopic topic, CancellationToken cancellationToken)
    {
        var articles = topic.Documents
            .Select(d => new Article(d.Id, d.Text, new ArticleOrigin(Url: d.Url)) { Url = d.Url })
            .ToList();
        var documents = AnalysisRunner.Analyze(pipeline!, articles, threads, null, cancellationToken);
        var mentions = new List<MentionRecord>();
        for (var i = 0; i < articles.Count; i++)
        {
            // Stored articles only carry what the records need; ECB+ gives no publication dates and no syndication.
            mentions.AddRange(MentionRecordFactory.FromDocument(documents[i], new StoredArticle(articles[i], DateTimeOffset.UnixEpoch)));
        }

        var plan = recluster!(mentions);
        return EventDocumentClusterer.Cluster([.. articles.Select(a => a.Id)], plan);
    }

    // Gold classes are numbered from `first` so that classes of different topics never collide in the micro-average.
    private static int[] GoldClasses(EcbTopic topic, int first)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. topic.Documents.Select(d => classes.TryGetValue(d.GoldEvent, out var c) ? c : classes[d.GoldEvent] = first + classes.Count)];
    }

    /// <summary>One method's items (predicted cluster, gold class) over all topics, and its per-topic scores.</summary>
    private sealed class MethodRun
    {
        private readonly List<(int Cluster, int Class)> items = [];
        private readonly List<EcbTopicScore> topics = [];
        private int clusters;
        private TimeSpan elapsed;

        public void Add(EcbTopic topic, DocumentPartition partition, int[] gold, TimeSpan time)
        {
            var topicItems = partition.Labels.Select((label, i) => (Cluster: clusters + label, Class: gold[i])).ToList();
            items.AddRange(topicItems);
            topics.Add(new EcbTopicScore(topic.Id, topic.Documents.Count, partition.ClusterCount, BCubed.Score(topicItems)));
            clusters += partition.ClusterCount;
            elapsed += time;
        }

        public EcbMethodScore Score(string method) => new(method, BCubed.Score(items), clusters, elapsed, topics);
    }
}
