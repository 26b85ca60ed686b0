using Sitrep.Geo;

namespace Sitrep.Clustering;

/// <summary>
/// The fused place of an event, narrowed level by level: the country the most independent sources give (a sea or an
/// area outside countries counts by its name), then the first-level division the most sources give within it (sources
/// that name only the country abstain), then the most precise place reported there. Sources whose place is
/// consistent with it (same country, same division or none) support it; the others disagree.
/// </summary>
internal static class PlaceFusion
{
    /// <summary>Fuses the places of <paramref name="mentions"/> (canonical order).</summary>
    public static FusedValue<Place?> Fuse(IReadOnlyList<MentionRecord> mentions)
    {
        var placed = mentions.Where(m => m.Place is not null).ToList();
        if (placed.Count == 0)
        {
            return new FusedValue<Place?>(null, [], []);
        }

        var country = SourceVote.Of(placed, m => CountryKey(m.Place!), "", StringComparer.OrdinalIgnoreCase).Value;
        var inCountry = placed.Where(m => string.Equals(CountryKey(m.Place!), country, StringComparison.OrdinalIgnoreCase)).ToList();
        var admin1 = SourceVote.Of<string?>(inCountry, m => m.Place!.Admin1, null, StringComparer.OrdinalIgnoreCase).Value;
        var best = inCountry
            .Where(m => admin1 is null || string.Equals(m.Place!.Admin1, admin1, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Place!)
            .OrderBy(p => p.Precision)
            .First();
        return new FusedValue<Place?>(
            best,
            [.. placed.Where(m => Consistent(m.Place!, best)).Select(m => m.Id)],
            [.. placed.Where(m => !Consistent(m.Place!, best)).Select(m => new Disagreement<Place?>(m.Id, m.Place))]);
    }

    private static string CountryKey(Place place) => place.Country ?? "~" + place.Name;

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