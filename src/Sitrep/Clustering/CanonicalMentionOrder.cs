namespace Sitrep.Clustering;

/// <summary>
/// The order clustering visits mentions in, whatever order the articles arrived in: publication date (unknown last),
/// then article id, then ordinal. Re-clustering in this order is what makes the events independent of ingest order.
/// </summary>
public sealed class CanonicalMentionOrder : IComparer<MentionRecord>
{
    /// <summary>The one instance.</summary>
    public static CanonicalMentionOrder Instance { get; } = new();

    private CanonicalMentionOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(MentionRecord? x, MentionRecord? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byDate = (x.Published, y.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byArticle = string.CompareOrdinal(x.ArticleId, y.ArticleId);
        return byArticle != 0 ? byArticle : x.Ordinal.CompareTo(y.Ordinal);
    }
}