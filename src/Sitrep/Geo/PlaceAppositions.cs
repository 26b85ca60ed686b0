using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// "the Red Sea port city of Jeddah", "Yemen's port city of Hodeidah", "the Sindh district of Jacobabad": a broad place
/// that only introduces a settlement named after "of" (data/gazetteer/place-heads.tsv); "near Sibi in Balochistan": a
/// place followed by "in" and the division or country that contains it. The whole phrase becomes one mention of the
/// most specific place and claims the broad place's words, so that the region named in passing is not reported as a
/// place of its own.
/// </summary>
internal sealed class PlaceAppositions(Gazetteer gazetteer, ToponymDisambiguator disambiguator)
{
    public void Find(ToponymText text, List<ToponymCandidate> candidates, GeoContext context, List<PlaceMention> mentions, bool[] claimed)
    {
        var tokens = text.Tokens;
        var endsAt = new Dictionary<int, int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            endsAt.TryAdd(candidates[c].Last, c);
        }

        foreach (var specific in candidates)
        {
            var headFirst = HeadBefore(text, specific.First);
            if (headFirst < 1)
            {
                continue;
            }

            var before = headFirst - 1;
            // "the northwestern port city of", "Yemen's port city of"
            while (before >= 0 && !tokens[before + 1].BreakBefore && ToponymLexicon.Directions.HasKey(text.Word(before)) && !tokens[before].Capitalised)
            {
                before--;
            }

            if (before >= 1 && text.Word(before).SequenceEqual("s") && !tokens[before].BreakBefore)
            {
                before--;
            }

            if (before < 0 || tokens[before + 1].BreakBefore || !endsAt.TryGetValue(before, out var broadIndex))
            {
                continue;
            }

            var broad = candidates[broadIndex];
            var chosen = disambiguator.Choose(text, specific, context, null, null);
            if (chosen < 0 || IsClaimed(broad.First, specific.Last, claimed))
            {
                continue;
            }

            for (var t = broad.First; t <= specific.Last; t++)
            {
                claimed[t] = true;
            }

            var span = new TextSpan(tokens[broad.First].Start, tokens[specific.Last].End);
            mentions.Add(new PlaceMention(span, text.Text[span.Start..span.End], gazetteer.Entry(chosen).Place));
        }

        FindContained(text, candidates, context, mentions, claimed);
    }

    // "Sibi in Balochistan", "Elgin in Texas": the second name only says where the first one is.
    private void FindContained(ToponymText text, List<ToponymCandidate> candidates, GeoContext context, List<PlaceMention> mentions, bool[] claimed)
    {
        var tokens = text.Tokens;
        for (var c = 0; c + 1 < candidates.Count; c++)
        {
            var inner = candidates[c];
            var outer = candidates[c + 1];
            if (outer.First != inner.Last + 2 || !text.Word(inner.Last + 1).SequenceEqual("in") || tokens[inner.Last + 1].Capitalised
                || !text.IsContiguous(inner.First, outer.Last) || IsClaimed(inner.First, outer.Last, claimed))
            {
                continue;
            }

            var innerEntry = disambiguator.Choose(text, inner, context, null, null);
            var outerEntry = disambiguator.Choose(text, outer, context, null, null);
            if (innerEntry < 0 || outerEntry < 0 || !Contains(gazetteer.Entry(outerEntry), gazetteer.Entry(innerEntry)))
            {
                continue;
            }

            for (var t = inner.First; t <= outer.Last; t++)
            {
                claimed[t] = true;
            }

            var span = new TextSpan(tokens[inner.First].Start, tokens[outer.Last].End);
            mentions.Add(new PlaceMention(span, text.Text[span.Start..span.End], gazetteer.Entry(innerEntry).Place));
        }
    }

    private static bool Contains(GazetteerEntry outer, GazetteerEntry inner) => outer.Kind switch
    {
        GazetteerEntryKind.Country => inner.Kind is GazetteerEntryKind.PopulatedPlace or GazetteerEntryKind.Admin1 && inner.Place.Country == outer.Place.Country,
        GazetteerEntryKind.Admin1 => inner.Kind == GazetteerEntryKind.PopulatedPlace && inner.Admin1Code == outer.Admin1Code,
        _ => false,
    };

    /// <summary>The first token of "port city of" just before <paramref name="first"/>, or -1.</summary>
    public static int HeadBefore(ToponymText text, int first) =>
        first >= 2 && text.Word(first - 1).SequenceEqual("of") && !text.Tokens[first].BreakBefore && !text.Tokens[first - 1].BreakBefore
            ? PlaceHeads.Default.HeadEndingAt(text, first - 2)
            : -1;

    private static bool IsClaimed(int first, int last, bool[] claimed)
    {
        for (var t = first; t <= last; t++)
        {
            if (claimed[t])
            {
                return true;
            }
        }

        return false;
    }
}