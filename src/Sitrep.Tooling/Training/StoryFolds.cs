using Sitrep.Evaluation;

namespace Sitrep.Training;

/// <summary>
/// Splits gold stories into K folds for cross-validation (EVALUATION.md): stories that share a gold event form one
/// group and stay in one fold; groups go, largest first, to the fold with the fewest stories so far, ties broken by a
/// stable hash of the group's first story id — the same corpus always gives the same folds.
/// </summary>
public static class StoryFolds
{
    /// <summary>The fold (0 … <paramref name="k"/> − 1) of every story of <paramref name="storyIds"/>.</summary>
    public static IReadOnlyDictionary<string, int> Split(IReadOnlyCollection<string> storyIds, IReadOnlyList<GoldEvent> events, int k)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var parent = storyIds.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        string Find(string id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }

            return id;
        }

        foreach (var e in events)
        {
            var stories = e.Mentions.Select(m => m.ArticleId).Where(parent.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            for (var i = 1; i < stories.Count; i++)
            {
                var (a, b) = (Find(stories[0]), Find(stories[i]));
                if (a != b)
                {
                    parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
                }
            }
        }

        var groups = storyIds.GroupBy(Find, StringComparer.Ordinal)
            .Select(g => g.Order(StringComparer.Ordinal).ToList())
            .OrderByDescending(g => g.Count)
            .ThenBy(g => StableHash(g[0]))
            .ThenBy(g => g[0], StringComparer.Ordinal)
            .ToList();
        var sizes = new int[k];
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            sizes[fold] += group.Count;
            foreach (var id in group)
            {
                folds[id] = fold;
            }
        }

        return folds;
    }

    /// <summary>
    /// True when story <paramref name="id"/> is inside the first <paramref name="share"/> of all stories, ordered by a
    /// stable hash: a learning curve's nested training subsets (a smaller share is always inside a larger one).
    /// </summary>
    public static bool InShare(string id, double share)
    {
        ArgumentNullException.ThrowIfNull(id);
        return share >= 1 || StableHash(id) < share * uint.MaxValue;
    }

    // FNV-1a: string.GetHashCode differs between processes.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}