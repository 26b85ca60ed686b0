using Sitrep.Ingest;

namespace Sitrep.Server;

/// <summary>
/// The analysed documents of recently requested articles, as the JSON the article page sends, bounded by their total
/// size: the least recently used go first, and one document over a quarter of the bound is not kept (it would evict
/// everything else for one page). Keyed by what the document depends on besides the server's pipeline, which is fixed
/// for the server's lifetime: the article's id, body hash, title and date. Thread-safe.
/// </summary>
internal sealed class ArticleDocumentCache
{
    private readonly long capacityBytes;
    private readonly Dictionary<Key, LinkedListNode<(Key Key, byte[] Json)>> entries = [];
    private readonly LinkedList<(Key Key, byte[] Json)> recency = new();
    private readonly Lock gate = new();
    private long bytes;

    public ArticleDocumentCache(long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        this.capacityBytes = capacityBytes;
    }

    /// <summary>Bytes of JSON held now (for tests and diagnostics).</summary>
    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    public bool TryGet(Article article, out byte[] json)
    {
        var key = Key.Of(article);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                json = node.Value.Json;
                return true;
            }
        }

        json = [];
        return false;
    }

    public void Add(Article article, byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.LongLength > capacityBytes / 4)
        {
            return;
        }

        var key = Key.Of(article);
        lock (gate)
        {
            if (entries.ContainsKey(key))
            {
                return;
            }

            entries[key] = recency.AddFirst((key, json));
            bytes += json.LongLength;
            while (bytes > capacityBytes && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Json.LongLength;
            }
        }
    }

    private readonly record struct Key(string Id, string BodyHash, string? Title, DateOnly? Published)
    {
        public static Key Of(Article article) => new(article.Id, article.BodyHash, article.Title, article.Published);
    }
}