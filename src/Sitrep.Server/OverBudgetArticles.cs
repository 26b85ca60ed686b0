using Sitrep.Ingest;

namespace Sitrep.Server;

/// <summary>
/// Articles whose page went over its analysis budget lately, remembered for <see cref="Memory"/> so that asking again
/// answers at once instead of spending another budget of CPU on the same text. At most <see cref="MaxEntries"/> are
/// remembered (the oldest forgotten first). Thread-safe.
/// </summary>
internal sealed class OverBudgetArticles(TimeProvider time)
{
    /// <summary>How long an overrun is remembered: long enough to blunt repeated requests, short enough that one caused by load alone passes.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(10);

    public const int MaxEntries = 1024;

    private readonly Dictionary<(string Id, string BodyHash), DateTimeOffset> until = [];
    private readonly Queue<(string Id, string BodyHash)> order = new();
    private readonly Lock gate = new();

    public void Add(Article article)
    {
        var key = (article.Id, article.BodyHash);
        lock (gate)
        {
            if (!until.ContainsKey(key))
            {
                order.Enqueue(key);
            }

            until[key] = time.GetUtcNow() + Memory;
            while (until.Count > MaxEntries && order.TryDequeue(out var oldest))
            {
                until.Remove(oldest);
            }
        }
    }

    /// <summary>How long until the article may be analysed again, or null when it has not gone over budget lately.</summary>
    public TimeSpan? RetryAfter(Article article)
    {
        var key = (article.Id, article.BodyHash);
        lock (gate)
        {
            if (!until.TryGetValue(key, out var end))
            {
                return null;
            }

            var left = end - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                return left;
            }

            until.Remove(key);
            return null;
        }
    }
}