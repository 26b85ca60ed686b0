namespace Sitrep.Clustering;

/// <summary>
/// Where clustering finds the stored events a new article's mentions may join: the port clustering owns and a store
/// implements, so clustering never depends on storage.
/// </summary>
public interface IEventCandidateSource
{
    /// <summary>The stored events sharing a block key with <paramref name="blockKeys"/>, with all their mentions.</summary>
    Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken);

    /// <summary>The events holding mentions of <paramref name="articleId"/> (for re-processing an article).</summary>
    Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken);
}