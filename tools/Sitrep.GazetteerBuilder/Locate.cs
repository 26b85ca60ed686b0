namespace Sitrep.GazetteerBuilder;

/// <summary>Gives divisions, countries and Natural Earth points a location or a country from the places.</summary>
internal static class Locate
{
    /// <summary>
    /// An admin1 sits at its seat (PPLA; the gold example puts Sucumbíos at Nueva Loja), else at its most populous
    /// place; a country at its capital (PPLC), else at its most populous place. Populations add up to the division.
    /// </summary>
    public static void Divisions(List<BuilderEntry> admin1, List<BuilderEntry> countries, IEnumerable<BuilderEntry> places)
    {
        var byAdmin1 = places.Where(p => p.Admin1Code is not null).ToLookup(p => p.Admin1Code!, StringComparer.Ordinal);
        foreach (var a in admin1)
        {
            var members = byAdmin1[a.Id].ToList();
            var seat = members.Where(p => p.FeatureCode == "PPLA" || p.FeatureCode == "PPLC")
                .OrderByDescending(p => p.Population).FirstOrDefault()
                ?? members.OrderByDescending(p => p.Population).FirstOrDefault();
            if (seat is not null)
            {
                a.Latitude = seat.Latitude;
                a.Longitude = seat.Longitude;
            }

            a.Population = members.Sum(p => p.Population);
        }

        var byCountry = places.ToLookup(p => p.Country ?? "", StringComparer.Ordinal);
        foreach (var c in countries)
        {
            var members = byCountry[c.Id].ToList();
            var capital = members.Where(p => p.FeatureCode == "PPLC").OrderByDescending(p => p.Population).FirstOrDefault()
                ?? members.OrderByDescending(p => p.Population).FirstOrDefault();
            if (capital is not null)
            {
                c.Latitude = capital.Latitude;
                c.Longitude = capital.Longitude;
            }

            c.Population = members.Sum(p => p.Population);
        }
    }

    /// <summary>Islands and capes take the country of the nearest town of 15,000+ within 150 km, else none.</summary>
    public static void NearestCountry(List<BuilderEntry> points, List<BuilderEntry> towns)
    {
        foreach (var point in points)
        {
            var best = towns.MinBy(t => Distance(point, t));
            if (best is not null && Distance(point, best) < 150)
            {
                point.Country = best.Country;
            }
        }
    }

    private static double Distance(BuilderEntry a, BuilderEntry b)
    {
        const double R = 6371;
        var dLat = double.DegreesToRadians(b.Latitude - a.Latitude);
        var dLon = double.DegreesToRadians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
            (Math.Cos(double.DegreesToRadians(a.Latitude)) * Math.Cos(double.DegreesToRadians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * R * Math.Asin(Math.Sqrt(h));
    }
}