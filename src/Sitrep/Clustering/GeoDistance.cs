using Sitrep.Geo;

namespace Sitrep.Clustering;

/// <summary>Great-circle distance between the label points of two places (haversine on a 6,371 km sphere).</summary>
internal static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Kilometres between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static double Km(Place a, Place b)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
            (Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}