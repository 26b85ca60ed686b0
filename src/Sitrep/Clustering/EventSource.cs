namespace Sitrep.Clustering;

/// <summary>One article that reports an event.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Outlet">Its outlet, or null.</param>
/// <param name="Published">Its publication date, or null.</param>
/// <param name="SyndicatedFrom">The original's id when the article is a syndicated copy (listed, not counted as independent).</param>
/// <param name="MentionIds">The article's mentions of the event (one, since an article's mentions never share an event).</param>
public sealed record EventSource(string ArticleId, string? Outlet, DateOnly? Published, string? SyndicatedFrom, IReadOnlyList<string> MentionIds)
{
    /// <summary>True for a syndicated copy.</summary>
    public bool IsSyndicated => SyndicatedFrom is not null;

    /// <summary>Field by field, the mention ids element by element.</summary>
    public bool Equals(EventSource? other) =>
        other is not null && ArticleId == other.ArticleId && Outlet == other.Outlet && Published == other.Published
        && SyndicatedFrom == other.SyndicatedFrom && ValueLists.Equal(MentionIds, other.MentionIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ArticleId, Outlet, Published, SyndicatedFrom, ValueLists.Hash(MentionIds));
}