using System.Diagnostics;

using Npgsql;

using Sitrep.Clustering;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// <c>sitrep worker</c>: takes pending articles from the shared queue, analyses them, and clusters each article's
/// mentions in one transaction under its neighbourhood's locks (<see cref="NeighbourhoodLocks"/>). Any number of
/// workers, on any machines, may share one database; together they store exactly the events of one sequential ingest.
/// A crash loses nothing: an article's analysis commits with its removal from the queue, and a dead worker's claims
/// pass with their lease.
/// </summary>
public sealed class PostgresWorker
{
    private const int MaxAttempts = 50;

    private readonly PostgresArticleStore articles;
    private readonly PostgresEventStore events;
    private readonly AnalysisPipeline pipeline;
    private readonly EventClusterer clusterer;
    private readonly WorkQueue queue;
    private readonly string name;

    /// <summary>Creates a worker over the stores (both on the same database) analysing with <paramref name="pipeline"/>.</summary>
    public PostgresWorker(PostgresArticleStore articles, PostgresEventStore events, AnalysisPipeline pipeline, EventClusterer clusterer, string name)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(clusterer);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.articles = articles;
        this.events = events;
        this.pipeline = pipeline;
        this.clusterer = clusterer;
        this.name = name;
        queue = new WorkQueue(events.Database);
    }

    /// <summary>Processes the queue until it is empty (<see cref="WorkerOptions.Drain"/>) or until cancelled.</summary>
    public async Task<WorkerSummary> RunAsync(WorkerOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var summary = new WorkerSummary(0, 0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero);
        while (!cancellationToken.IsCancellationRequested)
        {
            var poisoned = await queue.QuarantinePoisonedAsync(options.MaxAttempts, cancellationToken);
            summary = summary with { Quarantined = summary.Quarantined + poisoned.Count };
            var claimed = await queue.ClaimAsync(name, options.BatchSize, options.Lease, cancellationToken);
            if (claimed.Count == 0)
            {
                if (options.Drain && await queue.PendingAsync(cancellationToken) == 0)
                {
                    break;
                }

                // Others hold the rest (their leases may yet pass), or nothing is stored yet.
                await Task.Delay(options.PollInterval, cancellationToken);
                continue;
            }

            var batch = new List<StoredArticle>(claimed.Count);
            foreach (var id in claimed)
            {
                if (await articles.GetArticleAsync(id, cancellationToken) is { } stored)
                {
                    batch.Add(stored);
                }
            }

            var analysis = Stopwatch.StartNew();
            var documents = await Task.Run(() => AnalysisRunner.Analyze(pipeline, [.. batch.Select(a => a.Article)], options.Threads, null, cancellationToken), cancellationToken);
            summary = summary with { AnalysisTime = summary.AnalysisTime + analysis.Elapsed };
            for (var i = 0; i < batch.Count; i++)
            {
                var mentions = MentionRecordFactory.FromDocument(documents[i], batch[i].Article, batch[i].SyndicatedFrom);
                var clustering = Stopwatch.StartNew();
                var (outcome, retries) = await ClusterAsync(batch[i].Article.Id, mentions, cancellationToken);
                summary = summary with { ClusteringTime = summary.ClusteringTime + clustering.Elapsed, Retries = summary.Retries + retries };
                summary = outcome is null
                    ? summary with { Skipped = summary.Skipped + 1 }
                    : summary with
                    {
                        Articles = summary.Articles + 1,
                        Mentions = summary.Mentions + outcome.Mentions,
                        EventsCreated = summary.EventsCreated + outcome.Created,
                        EventsUpdated = summary.EventsUpdated + outcome.Updated,
                        EventsRemoved = summary.EventsRemoved + outcome.Removed,
                        Candidates = summary.Candidates + outcome.Candidates,
                    };
                progress?.Report(1);
            }
        }

        return summary;
    }

    /// <summary>
    /// Clusters one article's mentions in one transaction under its neighbourhood's locks; null when another worker
    /// analysed the article meanwhile. Returns how many times the transaction was rolled back and retried.
    /// </summary>
    internal async Task<(ClusteringOutcome? Outcome, int Retries)> ClusterAsync(string articleId, IReadOnlyList<MentionRecord> mentions, CancellationToken cancellationToken)
    {
        var names = NeighbourhoodLocks.InitialNames(articleId, mentions);
        var probeKeys = mentions.SelectMany(BlockingKeys.ProbeKeys).Distinct(StringComparer.Ordinal).ToArray();
        var wholeStore = names.Count > NeighbourhoodLocks.MaxKeys;
        for (var attempt = 0; ; attempt++)
        {
            await using var connection = await events.Database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await NeighbourhoodLocks.LockStoreAsync(connection, transaction, wholeStore, cancellationToken);
                if (!wholeStore)
                {
                    await NeighbourhoodLocks.LockAsync(connection, transaction, names, cancellationToken);
                }

                if (!await IsPendingAsync(connection, transaction, articleId, cancellationToken))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return (null, attempt);
                }

                if (!wholeStore && !await LockNeighbourhoodAsync(connection, transaction, articleId, probeKeys, names, cancellationToken))
                {
                    // A neighbour is busy: start again with every key known taken in the sorted, waiting round; or, when
                    // there are too many keys to hold one by one, with the whole store locked instead.
                    wholeStore = names.Count > NeighbourhoodLocks.MaxKeys;
                    await transaction.RollbackAsync(cancellationToken);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50) * Math.Min(attempt + 1, 10)), cancellationToken);
                    continue;
                }

                var inTransaction = new TransactionEventStore(connection, transaction, events.TimeProvider);
                var service = new EventClusteringService(inTransaction, inTransaction, clusterer, events.TimeProvider);
                var outcome = await service.ProcessAsync(articleId, mentions, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (outcome, attempt);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < MaxAttempts)
            {
                // PostgreSQL broke a lock cycle by failing this transaction; nothing of it was written.
            }
        }
    }

    // Locks every key of every event the clustering will read, until a re-read finds no key it does not hold.
    private static async Task<bool> LockNeighbourhoodAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string articleId, string[] probeKeys, SortedSet<string> names, CancellationToken cancellationToken)
    {
        while (true)
        {
            var missing = (await NeighbourhoodLocks.KeysOfNeighbourhoodAsync(connection, transaction, articleId, probeKeys, cancellationToken))
                .Where(k => !names.Contains(k))
                .ToList();
            if (missing.Count == 0)
            {
                return true;
            }

            names.UnionWith(missing);
            if (names.Count > NeighbourhoodLocks.MaxKeys || !await NeighbourhoodLocks.TryLockAsync(connection, transaction, missing, cancellationToken))
            {
                return false;
            }
        }
    }

    private static async Task<bool> IsPendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string articleId, CancellationToken cancellationToken) =>
        (await PostgresSql.ReadStringsAsync(connection, transaction, "SELECT article_id FROM work_queue WHERE article_id = $1", cancellationToken, articleId)).Count > 0;
}