using System.Globalization;
using Sitrep.Geo;

namespace Sitrep.Clustering;

/// <summary>
/// Place agreement of two mentions: same first-level division, containment (a country-only place fits any place in
/// that country), else the distance between label points.
/// </summary>
internal static class PlaceFeature
{
    // Reports of one incident near a border or a division boundary may geocode it to either side; beyond these
    // distances two places are different incidents (ACLED codes an event to the most precise location its sources
    // support, so sources about one incident rarely differ by more than a district).
    private const double NeighbourKm = 50;
    private const double NearKm = 150;
    private const double CrossBorderKm = 100;

    // A sea or ocean's label point is its centroid, far from where on it a boat was hit: looser bounds.
    private const double SeaKm = 1000;

    public static FeatureScore Score(MentionRecord a, MentionRecord b, bool explain = true)
    {
        if (a.Place is not { } pa || b.Place is not { } pb)
        {
            return FeatureScore.Unknown("place unknown");
        }

        return Score(pa, pb, explain);
    }

    public static FeatureScore Score(Place a, Place b, bool explain = true)
    {
        if (a.GeoNamesId is { } ia && ia == b.GeoNamesId)
        {
            return new FeatureScore(1.0, "same place");
        }

        if (a.Country is null || b.Country is null)
        {
            if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
            {
                return new FeatureScore(0.8, "same area");
            }

            var km = GeoDistance.Km(a, b);
            return km <= SeaKm ? new FeatureScore(0.4, (explain ? Km("area within", km) : "")) : FeatureScore.Veto((explain ? Km("areas", km) : ""));
        }

        if (!string.Equals(a.Country, b.Country, StringComparison.Ordinal))
        {
            var km = GeoDistance.Km(a, b);
            return km <= CrossBorderKm && a.Precision < 5 && b.Precision < 5
                ? new FeatureScore(0.3, (explain ? Km("across a border", km) : ""))
                : FeatureScore.Veto((explain ? $"countries {a.Country}/{b.Country}" : ""));
        }

        if (a.Admin1 is null || b.Admin1 is null)
        {
            // A country-only (or region) place contains any place of that country.
            return a.Admin1 is null && b.Admin1 is null ? new FeatureScore(0.6, "same country") : new FeatureScore(0.6, "place within country");
        }

        if (string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            return string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)
                ? new FeatureScore(1.0, "same place")
                : new FeatureScore(0.85, "same admin1");
        }

        var distance = GeoDistance.Km(a, b);
        return distance <= NeighbourKm ? new FeatureScore(0.5, (explain ? Km("neighbouring admin1", distance) : ""))
            : distance <= NearKm ? new FeatureScore(0.3, (explain ? Km("admin1 within", distance) : ""))
            : FeatureScore.Veto((explain ? $"admin1 {a.Admin1}/{b.Admin1}" : ""));
    }

    private static string Km(string what, double km) => string.Create(CultureInfo.InvariantCulture, $"{what} {km:0} km");
}