namespace Sitrep.Clustering;

/// <summary>
/// A vote among the mentions of one event where each independent source (<see cref="MentionRecord.SourceKey"/>) has one
/// voice: a syndicated copy repeating the original does not make its value twice as likely.
/// </summary>
internal static class SourceVote
{
    /// <summary>
    /// The value given by the most independent sources (ties: by more mentions, then the value of the canonically
    /// first mention), with its supporting mentions and the others as disagreements. Mentions whose value is null
    /// abstain. <paramref name="mentions"/> must be in canonical order.
    /// </summary>
    public static FusedValue<T> Of<T>(IReadOnlyList<MentionRecord> mentions, Func<MentionRecord, T> value, T none, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        var groups = new List<(T Value, List<MentionRecord> Mentions)>();
        foreach (var m in mentions)
        {
            var v = value(m);
            if (v is null)
            {
                continue;
            }

            var index = groups.FindIndex(g => comparer.Equals(g.Value, v));
            if (index < 0)
            {
                groups.Add((v, [m]));
            }
            else
            {
                groups[index].Mentions.Add(m);
            }
        }

        if (groups.Count == 0)
        {
            return new FusedValue<T>(none, [], []);
        }

        // Groups are in order of first appearance, so a stable maximum keeps the canonically first among ties.
        var winner = groups[0];
        foreach (var g in groups.Skip(1))
        {
            var sources = Sources(g.Mentions);
            var best = Sources(winner.Mentions);
            if (sources > best || (sources == best && g.Mentions.Count > winner.Mentions.Count))
            {
                winner = g;
            }
        }

        return new FusedValue<T>(
            winner.Value,
            [.. winner.Mentions.Select(m => m.Id)],
            [.. groups.Where(g => !ReferenceEquals(g.Mentions, winner.Mentions)).SelectMany(g => g.Mentions.Select(m => new Disagreement<T>(m.Id, g.Value)))
                .OrderBy(d => IndexOf(mentions, d.MentionId))]);
    }

    /// <summary>The number of independent sources among <paramref name="mentions"/>.</summary>
    public static int Sources(IEnumerable<MentionRecord> mentions) => mentions.Select(m => m.SourceKey).Distinct(StringComparer.Ordinal).Count();

    private static int IndexOf(IReadOnlyList<MentionRecord> mentions, string id)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (string.Equals(mentions[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}