using Sitrep.Quantities;

namespace Sitrep.Clustering;

/// <summary>
/// A fused count under ACLED's rule: "where reports conflict, ACLED uses the most conservative figure" (ACLED Codebook,
/// "Fatalities"). The fused value is the lowest figure an independent source gives (lowest minimum, then lowest
/// maximum); the reported range runs from the lowest minimum to the highest maximum; a source that gives no figure
/// abstains (silence is not zero).
/// </summary>
internal static class CountFusion
{
    /// <summary>Fuses the counts <paramref name="count"/> reads from <paramref name="mentions"/> (canonical order).</summary>
    public static FusedCount Fuse(IReadOnlyList<MentionRecord> mentions, Func<MentionRecord, CountRange?> count)
    {
        var given = mentions.Where(m => count(m) is not null).Select(m => (Mention: m, Count: count(m)!.Value)).ToList();
        if (given.Count == 0)
        {
            return new FusedCount(new FusedValue<CountRange?>(null, [], []), null);
        }

        var best = given.OrderBy(g => g.Count.Min).ThenBy(g => g.Count.Max).First().Count;
        var reported = new CountRange(given.Min(g => g.Count.Min), given.Max(g => g.Count.Max));
        return new FusedCount(
            new FusedValue<CountRange?>(
                best,
                [.. given.Where(g => g.Count == best).Select(g => g.Mention.Id)],
                [.. given.Where(g => g.Count != best).Select(g => new Disagreement<CountRange?>(g.Mention.Id, g.Count))]),
            reported);
    }
}