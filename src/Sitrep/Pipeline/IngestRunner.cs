using System.Threading.Channels;
using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Pipeline;

/// <summary>
/// Reads inputs and writes their articles to a store in batched transactions.
/// Reading and writing overlap through a bounded channel, so a slow disk never buffers a whole corpus in memory,
/// and a crash loses at most the batch in flight.
/// </summary>
public sealed class IngestRunner
{
    private readonly InputReader reader;
    private readonly IArticleStore store;
    private readonly int batchSize;
    private readonly ArticleEventProcessor? events;

    /// <summary>
    /// Creates a runner writing batches of <paramref name="batchSize"/> articles; with <paramref name="events"/>, each
    /// stored batch is analysed and clustered before the next is written (ARCHITECTURE.md, "Ingest runs the pipeline").
    /// </summary>
    public IngestRunner(InputReader reader, IArticleStore store, int batchSize = 200, ArticleEventProcessor? events = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.reader = reader;
        this.store = store;
        this.batchSize = batchSize;
        this.events = events;
    }

    /// <summary>Ingests every input (files, folders, URLs) and returns the counts.</summary>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> inputs, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var summary = new IngestSummary();
        var channel = Channel.CreateBounded<Article>(new BoundedChannelOptions(batchSize * 2) { SingleReader = true, SingleWriter = true });
        var stored = 0;
        var inputsDone = 0;
        string? current = null;
        var gate = new Lock();

        void Report()
        {
            lock (gate)
            {
                progress?.Report(new IngestProgress(inputsDone, inputs.Count, summary.Read, stored, summary.Failed, current));
            }
        }

        async Task ProduceAsync()
        {
            try
            {
                foreach (var input in inputs)
                {
                    current = input;
                    await foreach (var outcome in reader.ReadAsync(input, cancellationToken).ConfigureAwait(false))
                    {
                        switch (outcome)
                        {
                            case ArticleRead read:
                                lock (gate)
                                {
                                    summary.CountRead(read.Warnings);
                                }

                                await channel.Writer.WriteAsync(read.Article, cancellationToken).ConfigureAwait(false);
                                break;
                            case ReadFailed failed:
                                lock (gate)
                                {
                                    summary.CountFailure(failed.Diagnostic);
                                }

                                break;
                        }

                        Report();
                    }

                    Interlocked.Increment(ref inputsDone);
                    Report();
                }

                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
                throw;
            }
        }

        async Task ConsumeAsync()
        {
            var batch = new List<Article>(batchSize);
            async Task FlushAsync()
            {
                if (batch.Count == 0)
                {
                    return;
                }

                var outcomes = await store.AddArticlesAsync(batch, cancellationToken).ConfigureAwait(false);
                var fresh = new List<StoredArticle>(batch.Count);
                lock (gate)
                {
                    for (var i = 0; i < outcomes.Count; i++)
                    {
                        var outcome = outcomes[i];
                        summary.CountStored(outcome);
                        if (outcome.Kind != StoreOutcomeKind.Duplicate)
                        {
                            stored++;
                            fresh.Add(outcome.Stored
                                ?? throw new InvalidOperationException($"The store answered for article {outcome.ArticleId} without the article it stored."));
                        }
                    }
                }

                // The store's answer holds what it stored: nothing is read back before analysis.
                if (events is not null && fresh.Count > 0)
                {
                    await events.ProcessAsync(fresh, cancellationToken).ConfigureAwait(false);
                }

                batch.Clear();
                Report();
            }

            await foreach (var article in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(article);
                if (batch.Count >= batchSize)
                {
                    await FlushAsync().ConfigureAwait(false);
                }
            }

            await FlushAsync().ConfigureAwait(false);
        }

        // If the store fails, the reader must not wait forever on a full channel.
        var producer = Task.Run(ProduceAsync, cancellationToken);
        var consumer = Task.Run(
            async () =>
            {
                try
                {
                    await ConsumeAsync().ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    channel.Writer.TryComplete(ex);
                    while (channel.Reader.TryRead(out _))
                    {
                    }

                    throw;
                }
            },
            cancellationToken);
        await Task.WhenAll(producer, consumer).ConfigureAwait(false);
        return summary;
    }
}