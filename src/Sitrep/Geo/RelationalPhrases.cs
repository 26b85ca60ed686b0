using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// Places written as relations rather than names: "the Colombian border", "the border with Colombia",
/// "in the northeast of the country", "northern Nigeria", "off the coast of Yemen", "its northern border".
/// Each found phrase becomes one mention and claims its tokens, so the names inside it are not reported again.
/// </summary>
internal sealed class RelationalPhrases(Gazetteer gazetteer, ToponymDisambiguator disambiguator)
{
    public void Find(
        ToponymText text, List<ToponymCandidate> candidates, List<(int Token, int Country)> demonyms, GeoContext context,
        List<PlaceMention> mentions, bool[] claimed)
    {
        var tokens = text.Tokens;

        // "the Colombian border"
        foreach (var (token, country) in demonyms)
        {
            var after = LastOfDemonym(text, token) + 1;
            if (after < tokens.Length && !tokens[after].BreakBefore && text.Word(after) is "border" or "frontier")
            {
                var start = token > 0 && text.Word(token - 1) is "the" ? token - 1 : token;
                Add(text, start, after, Border(gazetteer.Entry(country).Place.Country!, context), mentions, claimed);
            }
        }

        foreach (var candidate in candidates)
        {
            var country = candidate.Entries.Select(e => gazetteer.Entry(e)).FirstOrDefault(e => e.Kind == GazetteerEntryKind.Country);
            var first = candidate.First;

            // "the border with Colombia", "the Colombia border"
            if (country is not null && first >= 2 && (Is(text, first - 1, "with") || Is(text, first - 1, "con"))
                && (Is(text, first - 2, "border") || Is(text, first - 2, "frontera")))
            {
                var start = first >= 3 && (Is(text, first - 3, "the") || Is(text, first - 3, "la")) ? first - 3 : first - 2;
                Add(text, start, candidate.Last, Border(country.Place.Country!, context), mentions, claimed);
                continue;
            }

            if (country is not null && candidate.Last + 1 < tokens.Length && Is(text, candidate.Last + 1, "border"))
            {
                var start = first >= 1 && Is(text, first - 1, "the") ? first - 1 : first;
                Add(text, start, candidate.Last + 1, Border(country.Place.Country!, context), mentions, claimed);
                continue;
            }

            // "off the coast of Yemen"
            if (first >= 4 && Is(text, first - 4, "off") && Is(text, first - 3, "the") && Is(text, first - 2, "coast") && Is(text, first - 1, "of"))
            {
                var chosen = disambiguator.Choose(text, candidate, context, null, null);
                if (chosen >= 0)
                {
                    var place = gazetteer.Entry(chosen).Place;
                    var precision = gazetteer.Entry(chosen).Kind == GazetteerEntryKind.Country ? 4 : Math.Max(place.Precision, 3);
                    Add(text, first - 4, candidate.Last, place with { Name = "coast of " + place.Name, Precision = precision }, mentions, claimed);
                }

                continue;
            }

            // "northern Nigeria", "eastern Pacific" (when the gazetteer has no such key itself)
            if (!candidate.DirectionPrefix && first >= 1 && !tokens[first - 1].Capitalised && !tokens[first].BreakBefore
                && ToponymLexicon.Directions.TryGet(text.Word(first - 1), out var direction))
            {
                var regional = candidate.Entries.Select(e => gazetteer.Entry(e))
                    .FirstOrDefault(e => e.Kind is GazetteerEntryKind.Country or GazetteerEntryKind.Water);
                if (regional is not null)
                {
                    var place = regional.Place;
                    Add(text, first - 1, candidate.Last, place with { Name = direction + " " + place.Name, Precision = regional.Kind == GazetteerEntryKind.Country ? 4 : place.Precision }, mentions, claimed);
                }
            }
        }

        FindCountryRelative(text, context, mentions, claimed);
    }

    // "in the northeast of the country", "the country's northeast", "its northern border", "off the coast".
    private void FindCountryRelative(ToponymText text, GeoContext context, List<PlaceMention> mentions, bool[] claimed)
    {
        var focus = gazetteer.FindCountry(context.Focus());
        if (focus < 0)
        {
            return;
        }

        var country = gazetteer.Entry(focus).Place;
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var word = text.Word(i);
            if (word is "the" && i + 4 < tokens.Length && ToponymLexicon.Directions.TryGet(text.Word(i + 1), out var d1)
                && Is(text, i + 2, "of") && Is(text, i + 3, "the") && Is(text, i + 4, "country") && text.IsContiguous(i, i + 4))
            {
                Add(text, i, i + 4, country with { Name = d1 + " " + country.Name, Admin1 = null, Admin2 = null, GeoNamesId = null, Precision = 4 }, mentions, claimed);
            }
            else if (word is "its" or "the" && i + 2 < tokens.Length && ToponymLexicon.Directions.TryGet(text.Word(i + 1), out var d2)
                && Is(text, i + 2, "border") && text.IsContiguous(i, i + 2) && (word is "its" || (i >= 1 && Is(text, i - 1, "country"))))
            {
                Add(text, i, i + 2, country with { Name = d2 + " border of " + country.Name, Admin1 = null, Admin2 = null, GeoNamesId = null, Precision = 4 }, mentions, claimed);
            }
            else if (word is "off" && i + 2 < tokens.Length && Is(text, i + 1, "the") && Is(text, i + 2, "coast")
                && (i + 3 >= tokens.Length || !Is(text, i + 3, "of")) && text.IsContiguous(i, i + 2))
            {
                Add(text, i, i + 2, country with { Name = "coast of " + country.Name, Admin1 = null, Admin2 = null, GeoNamesId = null, Precision = 4 }, mentions, claimed);
            }
        }
    }

    /// <summary>The border of <paramref name="other"/> seen from the story's focus country.</summary>
    private Place Border(string other, GeoContext context)
    {
        var focus = context.Focus(except: other);
        if (focus is not null)
        {
            var curated = gazetteer.FindBorder(focus, other);
            if (curated >= 0)
            {
                return gazetteer.Entry(curated).Place;
            }
        }

        var otherPlace = gazetteer.Entry(gazetteer.FindCountry(other)).Place;
        var side = focus is null ? otherPlace : gazetteer.Entry(gazetteer.FindCountry(focus)).Place;
        var name = focus is null ? otherPlace.Name + " border" : side.Name + "–" + otherPlace.Name + " border";
        return side with { Name = name, FeatureClass = "L", GeoNamesId = null, Precision = 4 };
    }

    private static int LastOfDemonym(ToponymText text, int token) =>
        token + 1 < text.Tokens.Length && text.Tokens[token].End - text.Tokens[token].Start == 1 && text.Tokens[token + 1].End - text.Tokens[token + 1].Start == 1
            ? token + 1
            : token;

    private static bool Is(ToponymText text, int token, string word) =>
        token >= 0 && token < text.Tokens.Length && text.Word(token).SequenceEqual(word);

    private static void Add(ToponymText text, int first, int last, Place place, List<PlaceMention> mentions, bool[] claimed)
    {
        for (var t = first; t <= last; t++)
        {
            if (claimed[t])
            {
                return;
            }
        }

        for (var t = first; t <= last; t++)
        {
            claimed[t] = true;
        }

        var span = new TextSpan(text.Tokens[first].Start, text.Tokens[last].End);
        mentions.Add(new PlaceMention(span, text.Text[span.Start..span.End], place));
    }
}