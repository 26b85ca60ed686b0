namespace Sitrep.Geo;

/// <summary>
/// What a document says about where it is: votes per country (country names count 2, demonyms and places that can
/// only be in one country count 1) and the divisions it names. Disambiguation reads it; the focus country is the
/// one "the country" and "the Colombian border" are seen from.
/// </summary>
internal sealed class GeoContext
{
    private readonly Dictionary<string, int> votes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> subnational = new(StringComparer.Ordinal);
    private readonly HashSet<string> admin1Codes = new(StringComparer.Ordinal);

    public static GeoContext Build(Gazetteer gazetteer, List<ToponymCandidate> candidates, List<(int Token, int Country)> demonyms)
    {
        var context = new GeoContext();
        foreach (var (_, country) in demonyms)
        {
            context.Add(gazetteer.Entries[country].Place.Country!, 1);
        }

        foreach (var candidate in candidates)
        {
            foreach (var (country, weight, isSubnational) in Votes(gazetteer, candidate))
            {
                context.Add(country, weight);
                if (isSubnational)
                {
                    context.subnational[country] = context.subnational.GetValueOrDefault(country) + 1;
                }
            }

            if (candidate.Entries.Count == 1 && gazetteer.Entries[candidate.Entries[0]].Admin1Code is { } code)
            {
                context.admin1Codes.Add(code);
            }
        }

        return context;
    }

    /// <summary>What one candidate contributes (so it can be left out when that candidate is being decided).</summary>
    public static IEnumerable<(string Country, int Weight, bool Subnational)> Votes(Gazetteer gazetteer, ToponymCandidate candidate)
    {
        var entries = candidate.Entries;
        var country = gazetteer.Entries[entries[0]].Place.Country;
        if (country is null)
        {
            yield break;
        }

        var single = true;
        var hasCountry = false;
        foreach (var e in entries)
        {
            single &= gazetteer.Entries[e].Place.Country == country;
            hasCountry |= gazetteer.Entries[e].Kind == GazetteerEntryKind.Country;
        }

        if (single)
        {
            yield return (country, hasCountry ? 2 : 1, !hasCountry);
        }
    }

    public int VotesFor(string? country) => country is null ? 0 : votes.GetValueOrDefault(country);

    public int SubnationalFor(string? country) => country is null ? 0 : subnational.GetValueOrDefault(country);

    public bool MentionsAdmin1(string? code) => code is not null && admin1Codes.Contains(code);

    /// <summary>The country with the most votes other than <paramref name="except"/>, or null.</summary>
    public string? Focus(string? except = null)
    {
        string? best = null;
        var bestVotes = 0;
        foreach (var (country, count) in votes)
        {
            if (country != except && (count > bestVotes || (count == bestVotes && string.CompareOrdinal(country, best) < 0)))
            {
                best = country;
                bestVotes = count;
            }
        }

        return best;
    }

    private void Add(string country, int weight) => votes[country] = votes.GetValueOrDefault(country) + weight;
}
