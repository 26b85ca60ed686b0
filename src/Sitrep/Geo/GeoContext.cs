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
    private readonly Dictionary<string, HashSet<string>> admin1Codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> counties = new(StringComparer.Ordinal);
    private readonly HashSet<string> countyAdmin1Codes = new(StringComparer.Ordinal);

    public static GeoContext Build(Gazetteer gazetteer, ToponymText text, List<ToponymCandidate> candidates, List<(int Token, int Country)> demonyms)
    {
        var context = new GeoContext();
        foreach (var (_, country) in demonyms)
        {
            context.Add(gazetteer.Entry(country).Place.Country!, 1);
        }

        context.FindCounties(text);
        context.AddCountyVotes(gazetteer);

        // A repeated name votes once: "Kim" ten times in a story about Kim Jong Un is not ten towns in Tajikistan.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var firstTime = seen.Add(text.Key(candidate.First, candidate.Last).ToString());
            foreach (var (country, weight, isSubnational) in Votes(gazetteer, text, candidate))
            {
                if (isSubnational && !firstTime)
                {
                    continue;
                }

                context.Add(country, weight);
                if (isSubnational)
                {
                    context.subnational[country] = context.subnational.GetValueOrDefault(country) + 1;
                }
            }

            if (candidate.Entries.Count == 1 && gazetteer.Entry(candidate.Entries[0]).Admin1Code is { } code)
            {
                if (!context.admin1Codes.TryGetValue(code, out var names))
                {
                    context.admin1Codes[code] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(text.Key(candidate.First, candidate.Last).ToString());
            }
        }

        return context;
    }

    /// <summary>What one candidate contributes (so it can be left out when that candidate is being decided).</summary>
    public static IEnumerable<(string Country, int Weight, bool Subnational)> Votes(Gazetteer gazetteer, ToponymText text, ToponymCandidate candidate)
    {
        var entries = candidate.Entries;

        // A country name votes for its country even when hamlets share it ("Ecuador"), but not when a division or
        // a city shares it ("Georgia"): then the name itself is what is in doubt.
        GazetteerEntry? countryEntry = null;
        var rival = false;
        foreach (var e in entries)
        {
            var entry = gazetteer.Entry(e);
            if (entry.Kind == GazetteerEntryKind.Country)
            {
                countryEntry = entry;
            }
            else if (entry.Kind == GazetteerEntryKind.Admin1 || entry.Population >= 100_000)
            {
                rival = true;
            }
        }

        if (countryEntry is not null)
        {
            if (!rival)
            {
                yield return (countryEntry.Place.Country!, CountryWeight(text, candidate), false);
            }

            yield break;
        }

        // A name that can only be in one country votes for it; an ambiguous one votes for the country of its
        // most populous reading when that reading dwarfs the others (Savannah, Georgia over Savannah Region, Ghana).
        string? top = null;
        long topPopulation = -1, second = 0;
        foreach (var e in entries)
        {
            var entry = gazetteer.Entry(e);
            if (entry.Place.Country is null)
            {
                yield break;
            }

            if (entry.Population > topPopulation)
            {
                second = entry.Place.Country == top ? second : Math.Max(second, topPopulation);
                top = entry.Place.Country;
                topPopulation = entry.Population;
            }
            else if (entry.Place.Country != top)
            {
                second = Math.Max(second, entry.Population);
            }
        }

        var single = entries.All(e => gazetteer.Entry(e).Place.Country == top);
        if (top is not null && (single || (topPopulation >= 15_000 && topPopulation >= 5 * second)))
        {
            yield return (top, 1, true);
        }
    }

    // "in Ecuador" says where the story is more than "U.S. forces" does: 4 after a locative, 1 as an adjective, else 2.
    private static int CountryWeight(ToponymText text, ToponymCandidate candidate)
    {
        var before = candidate.First - 1;
        if (before >= 0 && text.Word(before) is "the")
        {
            before--;
        }

        if (before >= 0 && ToponymLexicon.Locatives.Has(text.Word(before)))
        {
            return 4;
        }

        var after = candidate.Last + 1;
        return after < text.Tokens.Length && ToponymLexicon.AdjectivalHeads.Has(text.Word(after)) ? 1 : 2;
    }

    /// <summary>True when a county the text names ("Fulton County") is in division <paramref name="admin1Code"/> ("US.GA").</summary>
    public bool HasCountyIn(string? admin1Code) => admin1Code is not null && countyAdmin1Codes.Contains(admin1Code);

    // A county the gazetteer knows names its country once, like a town that can only be in one country, and the
    // divisions that have a county of that name ("Fulton County": Georgia, Ohio, …), which a division's reading uses.
    private void AddCountyVotes(Gazetteer gazetteer)
    {
        foreach (var county in counties)
        {
            var codes = gazetteer.Admin1CodesOfAdmin2(county);
            if (codes.Count == 0)
            {
                continue;
            }

            countyAdmin1Codes.UnionWith(codes);
            var country = codes[0][..2];
            if (codes.All(c => c.StartsWith(country, StringComparison.Ordinal)))
            {
                Add(country, 1);
                subnational[country] = subnational.GetValueOrDefault(country) + 1;
            }
        }
    }

    /// <summary>True when the text names <paramref name="admin2"/> ("Fayette County"), the county a US town is in.</summary>
    public bool NamesCounty(string? admin2) => admin2 is not null && counties.Count > 0 && counties.Contains(ToponymFolding.Key(admin2));

    // "Fayette County", "St. Tammany Parish": up to three capitalised words before a capitalised county suffix.
    private void FindCounties(ToponymText text)
    {
        const int maxNameWords = 3;
        var tokens = text.Tokens;
        for (var t = 1; t < tokens.Length; t++)
        {
            if (!tokens[t].Capitalised || tokens[t].BreakBefore || !PlaceHeads.Default.Admin2Suffixes.Contains(text.Word(t).ToString()))
            {
                continue;
            }

            for (var first = t - 1; first >= 0 && first >= t - maxNameWords && tokens[first].Capitalised; first--)
            {
                counties.Add(text.Key(first, t).ToString());
                if (tokens[first].BreakBefore)
                {
                    break;
                }
            }
        }
    }

    public int VotesFor(string? country) => country is null ? 0 : votes.GetValueOrDefault(country);

    public int SubnationalFor(string? country) => country is null ? 0 : subnational.GetValueOrDefault(country);

    /// <summary>True when a name other than <paramref name="ownKey"/> places the story in division <paramref name="code"/>.</summary>
    public bool MentionsAdmin1(string? code, ReadOnlySpan<char> ownKey)
    {
        if (code is null || !admin1Codes.TryGetValue(code, out var names))
        {
            return false;
        }

        return names.Count > 1 || !names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ownKey);
    }

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