using Sitrep.Geo;

namespace Sitrep.Clustering;

/// <summary>
/// The fused place of an event: the most precise reported place consistent with the places of the most independent
/// sources, where consistent means the same country and, when both name one, the same first-level division
/// (a country-only report contains any place in that country).
/// </summary>
internal static class PlaceFusion
{
    /// <summary>Fuses the places of <paramref name="mentions"/> (canonical order).</summary>
    public static FusedValue<Place?> Fuse(IReadOnlyList<MentionRecord> mentions)
    {
        var placed = mentions.Where(m => m.Place is not null).Select(m => (Mention: m, Place: m.Place!)).ToList();
        if (placed.Count == 0)
        {
            return new FusedValue<Place?>(null, [], []);
        }

        var best = placed[0];
        var bestSources = -1;
        foreach (var candidate in placed)
        {
            var sources = SourceVote.Sources(placed.Where(p => Consistent(p.Place, candidate.Place)).Select(p => p.Mention));
            if (sources > bestSources || (sources == bestSources && candidate.Place.Precision < best.Place.Precision))
            {
                best = candidate;
                bestSources = sources;
            }
        }

        return new FusedValue<Place?>(
            best.Place,
            [.. placed.Where(p => Consistent(p.Place, best.Place)).Select(p => p.Mention.Id)],
            [.. placed.Where(p => !Consistent(p.Place, best.Place)).Select(p => new Disagreement<Place?>(p.Mention.Id, p.Place))]);
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> can be one location at different precision.</summary>
    public static bool Consistent(Place a, Place b)
    {
        if (a.Country is null || b.Country is null)
        {
            return a.Country is null && b.Country is null && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(a.Country, b.Country, StringComparison.Ordinal) &&
            (a.Admin1 is null || b.Admin1 is null || string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase));
    }
}