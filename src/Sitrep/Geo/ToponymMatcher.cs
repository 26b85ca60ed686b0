namespace Sitrep.Geo;

/// <summary>
/// Finds gazetteer names in a text: longest run of words first, accent- and case-insensitive on the key but
/// requiring capitals in the text, so "of", "police" and "best" never match while "Of", "Police" need a cue later.
/// Knows nothing of context: <see cref="ToponymDisambiguator"/> chooses among the entries.
/// </summary>
internal sealed class ToponymMatcher(Gazetteer gazetteer)
{
    /// <summary>
    /// The candidates, in text order and not overlapping, and the demonyms ("Ecuadorian") by token. Inside
    /// <paramref name="placesByPosition"/> (a dateline) a short word in capitals is a place, not an acronym ("MIAMI").
    /// </summary>
    public (List<ToponymCandidate> Candidates, List<(int Token, int Country)> Demonyms) Match(
        ToponymText text, IReadOnlyList<Documents.TextSpan>? excluded = null, Documents.TextSpan? placesByPosition = null,
        CancellationToken cancellationToken = default)
    {
        var candidates = new List<ToponymCandidate>();
        var demonyms = new List<(int, int)>();
        var tokens = text.Tokens;
        var maxTokens = Math.Min(gazetteer.MaxKeyTokens, 8);
        var notPlaces = excluded is null ? null : new ExcludedSpans(excluded);
        var i = 0;
        while (i < tokens.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (notPlaces is not null && notPlaces.Covers(tokens[i].Start, tokens[i].End))
            {
                i++;
                continue;
            }

            var matched = false;
            var opensWithDirection = !tokens[i].Capitalised && ToponymLexicon.Directions.HasKey(text.Word(i));
            if (tokens[i].Capitalised || opensWithDirection)
            {
                for (var last = Math.Min(tokens.Length - 1, i + maxTokens - 1); last >= i; last--)
                {
                    if (!text.IsContiguous(i, last) || !IsNameShaped(text, i, last))
                    {
                        continue;
                    }

                    var entries = new List<int>(4);
                    if (!gazetteer.Find(text.Key(i, last), entries) && !(last > i && gazetteer.Find(ToponymFolding.Squeeze(text.Key(i, last)), entries)))
                    {
                        continue;
                    }

                    if (last == i && tokens[i].AllCaps && tokens[i].End - tokens[i].Start <= 5
                        && !(placesByPosition is { } place && place.Start <= tokens[i].Start && tokens[i].End <= place.End))
                    {
                        // Acronyms ("FARC", "CDF", "SOUTHCOM") are organisations unless they name a country ("US", "UAE").
                        entries.RemoveAll(e => gazetteer.Entry(e).Kind != GazetteerEntryKind.Country);
                        if (entries.Count == 0)
                        {
                            break;
                        }
                    }

                    // "Somali officials", "Georgian police": a word that is a demonym is one, unless it also names a
                    // country or follows a locative ("in Somali" region of Ethiopia).
                    if (last == i && gazetteer.FindDemonym(text.Word(i)) >= 0
                        && !entries.Exists(e => gazetteer.Entry(e).Kind == GazetteerEntryKind.Country)
                        && !(i > 0 && ToponymLexicon.Locatives.Has(text.Word(i - 1))))
                    {
                        break;
                    }

                    // Country names are exempt: "Morocco", "Chad" and "Turkey" are common words too.
                    var common = gazetteer.IsCommonWord(text.Key(i, last))
                        && !entries.Exists(e => gazetteer.Entry(e).Kind == GazetteerEntryKind.Country);
                    candidates.Add(new ToponymCandidate(i, last, entries, common, opensWithDirection));
                    i = last + 1;
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                continue;
            }

            if (tokens[i].Capitalised)
            {
                // Two-word demonyms first ("U.S." folds to "u s"), then one word.
                var country = i + 1 < tokens.Length && text.IsContiguous(i, i + 1) ? gazetteer.FindDemonym(text.Key(i, i + 1)) : -1;
                if (country >= 0)
                {
                    demonyms.Add((i, country));
                    i += 2;
                    continue;
                }

                country = gazetteer.FindDemonym(text.Word(i));
                if (country >= 0)
                {
                    demonyms.Add((i, country));
                }
            }

            i++;
        }

        return (candidates, demonyms);
    }

    // Every word capitalised except function words inside and a leading direction; the last word capitalised.
    private static bool IsNameShaped(ToponymText text, int first, int last)
    {
        var tokens = text.Tokens;
        if (!tokens[last].Capitalised && !char.IsDigit(text.Text[tokens[last].Start]))
        {
            return false;
        }

        for (var t = first; t < last; t++)
        {
            if (tokens[t].Capitalised)
            {
                continue;
            }

            var word = text.Word(t);
            var allowed = t == first
                ? ToponymLexicon.Directions.HasKey(word)
                : ToponymLexicon.NameFunctionWords.Has(word);
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}