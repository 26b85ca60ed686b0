namespace Sitrep.Evaluation;

/// <summary>Parts and unions of gold corpora, for scoring a fold of a cross-validation.</summary>
public static class GoldCorpusSubsets
{
    /// <summary>The corpus restricted to <paramref name="articleIds"/>: their articles, and the events with a mention in one of them (other mentions dropped).</summary>
    public static GoldCorpus Restrict(GoldCorpus gold, IReadOnlySet<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articleIds);
        var events = gold.Events
            .Select(e => e with { Mentions = [.. e.Mentions.Where(m => articleIds.Contains(m.ArticleId))] })
            .Where(e => e.Mentions.Count > 0)
            .ToList();
        return gold with
        {
            Articles = gold.Articles.Where(a => articleIds.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            Events = events,
        };
    }

    /// <summary>
    /// One corpus holding every article and event of <paramref name="corpora"/>, named "a+b"; null with an error when two
    /// corpora hold an article of the same id (their gold could not be told apart). Event ids are prefixed with their
    /// corpus name where two corpora use the same id.
    /// </summary>
    public static GoldCorpus? Union(IReadOnlyList<GoldCorpus> corpora, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var articles = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        foreach (var corpus in corpora)
        {
            foreach (var (id, article) in corpus.Articles)
            {
                if (!articles.TryAdd(id, article))
                {
                    diagnostics.Add(new Diagnostic(corpus.GoldPath, $"article '{id}'", "this article id is in two of the corpora given; pooled corpora need distinct article ids"));
                    return null;
                }
            }
        }

        var ids = corpora.SelectMany(c => c.Events.Select(e => e.Id)).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var events = corpora.SelectMany(c => c.Events.Select(e => ids.Contains(e.Id) ? e with { Id = c.Name + "/" + e.Id } : e)).ToList();
        return new GoldCorpus(string.Join('+', corpora.Select(c => c.Name)), articles, events) { GoldPath = corpora.Count == 1 ? corpora[0].GoldPath : "gold.json" };
    }
}