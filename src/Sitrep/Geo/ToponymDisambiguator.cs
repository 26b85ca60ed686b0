namespace Sitrep.Geo;

/// <summary>
/// Chooses which gazetteer entry a matched name refers to, or none: by kind (a country before a town of the same
/// name), population, the document's country context, the admin hierarchy ("Atlanta, Georgia"; a province named
/// elsewhere in the story) and local cues ("Washington state", "province of Guayas").
/// </summary>
internal sealed class ToponymDisambiguator(Gazetteer gazetteer)
{
    // Below this a reading is too weak to report: an unknown hamlet with no support from the story.
    private const double Threshold = 60;

    /// <summary>The chosen entry for <paramref name="candidate"/>, or -1 when no reading is convincing.</summary>
    public int Choose(ToponymText text, ToponymCandidate candidate, GeoContext context, ToponymCandidate? next, ToponymCandidate? previous)
    {
        var state = StateAfterComma(text, candidate);
        var own = GeoContext.Votes(gazetteer, text, candidate).ToList();
        var best = -1;
        var bestScore = double.MinValue;
        foreach (var index in candidate.Entries)
        {
            var entry = gazetteer.Entry(index);
            var score = Score(text, candidate, entry, context, own, next, previous);
            // "SPRINGFIELD, Ill.": the AP abbreviation names the state as "Atlanta, Georgia" does.
            if (state is not null && entry.Kind == GazetteerEntryKind.PopulatedPlace && entry.Admin1Code == state)
            {
                score += 80 + 40;
            }

            if (score > bestScore)
            {
                best = index;
                bestScore = score;
            }
        }

        return bestScore >= Threshold ? best : -1;
    }

    private double Score(
        ToponymText text, ToponymCandidate candidate, GazetteerEntry entry, GeoContext context,
        List<(string Country, int Weight, bool Subnational)> own, ToponymCandidate? next, ToponymCandidate? previous)
    {
        var country = entry.Place.Country;
        var ownVotes = own.Where(v => v.Country == country).Sum(v => v.Weight);
        var ownSubnational = own.Count(v => v.Country == country && v.Subnational);
        var votes = Math.Min(context.VotesFor(country) - ownVotes, 3);
        var subnational = Math.Min(context.SubnationalFor(country) - ownSubnational, 2);

        // Priors put a country before a division before a world city before a town of the same name; population
        // orders places (15 points a factor of ten), so context can tip Paris, Texas only where the story is Texan.
        var score = entry.Kind switch
        {
            GazetteerEntryKind.Country => 150.0,
            GazetteerEntryKind.Admin1 => 100.0,
            GazetteerEntryKind.Water => 130.0,
            GazetteerEntryKind.Region => 125.0,
            GazetteerEntryKind.Border => 0.0,
            _ => 20.0 + (15 * Math.Log10(entry.Population + 1)) + (entry.FeatureCode == "PPLC" ? 25 : entry.FeatureCode == "PPLA" ? 8 : 0),
        };

        score += 8 * votes;
        // Other towns and divisions of the same country are the strongest sign for a division ("Georgia" with
        // Alabama and Savannah is the US state).
        score += entry.Kind switch
        {
            GazetteerEntryKind.Admin1 => 20 * subnational,
            GazetteerEntryKind.PopulatedPlace => 10 * subnational,
            _ => 0,
        };

        if (entry.Kind == GazetteerEntryKind.PopulatedPlace)
        {
            // A match through an alternate name ("Iraq" is also a name of Arak, Iran) is weaker than the main name.
            // "Washington" for "Washington, D.C." counts as the main name.
            var key = text.Key(candidate.First, candidate.Last);
            var main = ToponymFolding.Key(entry.Place.Name).AsSpan();
            if (!main.SequenceEqual(key) && !(main.StartsWith(key) && main.Length > key.Length && main[key.Length] == ' '))
            {
                // Short alternates ("Ben" for Bern) are nicknames and abbreviations more often than places.
                score -= key.Length < 5 ? 100 : candidate.First == candidate.Last ? 50 : 10;
            }

            if (context.MentionsAdmin1(entry.Admin1Code, text.Key(candidate.First, candidate.Last)))
            {
                score += 30;
            }

            // "Fayette County … Elgin": the story names the town's county, which picks one of the many Elgins.
            if (context.NamesCounty(entry.Place.Admin2))
            {
                score += 60;
            }

            // Towns in a country the story never names are mostly surnames and homonyms ("Zamora", "Arevalo").
            // Multi-word names ("Lago Agrio") are rarely anything else, so they are penalised less.
            if (entry.Population < 100_000 && votes <= 0)
            {
                score -= candidate.First == candidate.Last ? 40 : 15;
            }
        }

        // "Atlanta, Georgia", "Quito, Ecuador": the name after the comma contains the one before.
        if (next is not null && next.First == candidate.Last + 1 && Contains(next, entry))
        {
            score += 80;
        }

        // "Atlanta, Georgia" read from Georgia's side: a place named just before, in this division or country.
        if (previous is not null && previous.Last == candidate.First - 1 && entry.Kind is GazetteerEntryKind.Admin1 or GazetteerEntryKind.Country
            && previous.Entries.Any(e => IsInside(gazetteer.Entry(e), entry)))
        {
            score += 80;
        }

        if (entry.Kind == GazetteerEntryKind.Admin1 && HasDivisionCue(text, candidate))
        {
            score += 80;
        }

        // "Georgia" in a story that names Fulton County: the US state, as a town of it would say.
        if (entry.Kind == GazetteerEntryKind.Admin1 && context.HasCountyIn(entry.Admin1Code))
        {
            score += 40;
        }

        return score;
    }

    private static string? StateAfterComma(ToponymText text, ToponymCandidate candidate)
    {
        var after = candidate.Last + 1;
        if (after >= text.Tokens.Length)
        {
            return null;
        }

        var between = text.Text.AsSpan(text.Tokens[candidate.Last].End, text.Tokens[after].Start - text.Tokens[candidate.Last].End).Trim();
        return between is "," ? PlaceHeads.Default.StateAt(text, after) : null;
    }

    private bool Contains(ToponymCandidate container, GazetteerEntry entry) =>
        container.Entries.Any(e => IsInside(entry, gazetteer.Entry(e)));

    private static bool IsInside(GazetteerEntry inner, GazetteerEntry outer) => outer.Kind switch
    {
        GazetteerEntryKind.Country => inner.Kind != GazetteerEntryKind.Country && inner.Place.Country == outer.Place.Country,
        GazetteerEntryKind.Admin1 => inner.Kind == GazetteerEntryKind.PopulatedPlace && inner.Admin1Code == outer.Admin1Code,
        _ => false,
    };

    // "Washington state", "province of Guayas", "Sucumbios province", "estado de Zulia".
    private static bool HasDivisionCue(ToponymText text, ToponymCandidate candidate)
    {
        var tokens = text.Tokens;
        if (candidate.Last + 1 < tokens.Length && !tokens[candidate.Last + 1].BreakBefore)
        {
            var after = text.Word(candidate.Last + 1);
            if (after is "state" or "province" or "region" or "department" or "governorate" or "county" or "provincia" or "estado")
            {
                return true;
            }
        }

        if (candidate.First >= 2 && !tokens[candidate.First].BreakBefore)
        {
            var of = text.Word(candidate.First - 1);
            var before = text.Word(candidate.First - 2);
            if (of is "of" or "de" or "del" && before is "state" or "province" or "region" or "department" or "governorate" or "provincia" or "estado" or "departamento")
            {
                return true;
            }
        }

        return false;
    }
}