using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// Finds the places a text mentions and resolves each against the gazetteer: the matcher proposes names, relational
/// phrases ("the Colombian border") are read first, then each remaining name gets one reading by the document's
/// context, or none when it is a government by metonymy ("Washington said"), an adjective ("U.S. forces"), part of
/// a person's name, or a common word with no locative cue. Pure and thread-safe: share one instance.
/// </summary>
public sealed class ToponymResolver
{
    private readonly Gazetteer gazetteer;
    private readonly ToponymMatcher matcher;
    private readonly ToponymDisambiguator disambiguator;
    private readonly RelationalPhrases relational;
    private readonly PlaceAppositions appositions;

    /// <summary>Creates a resolver over a loaded gazetteer.</summary>
    public ToponymResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        matcher = new ToponymMatcher(gazetteer);
        disambiguator = new ToponymDisambiguator(gazetteer);
        relational = new RelationalPhrases(gazetteer, disambiguator);
        appositions = new PlaceAppositions(gazetteer, disambiguator);
    }

    /// <summary>
    /// The places in <paramref name="text"/>, in text order. <paramref name="notPlaces"/> are spans another stage
    /// knows are not places (people, organisations from an entity layer); names inside them are skipped.
    /// </summary>
    /// <param name="text">The text, e.g. a document body or a snippet for <c>sitrep geo</c>.</param>
    /// <param name="published">The publication date, reserved for names that changed over time; may be null.</param>
    /// <param name="notPlaces">Optional spans to leave alone.</param>
    public IReadOnlyList<PlaceMention> Resolve(string text, DateOnly? published = null, IReadOnlyList<TextSpan>? notPlaces = null) =>
        Resolve(text, published, notPlaces, PlaceHints.None, CancellationToken.None);

    /// <summary>The places in <paramref name="text"/>, checking <paramref name="cancellationToken"/> as it goes.</summary>
    public IReadOnlyList<PlaceMention> Resolve(string text, DateOnly? published, IReadOnlyList<TextSpan>? notPlaces, CancellationToken cancellationToken) =>
        Resolve(text, published, notPlaces, PlaceHints.None, cancellationToken);

    /// <summary>The places of <paramref name="text"/> with what other stages know about it (<see cref="PlaceHints"/>).</summary>
    internal IReadOnlyList<PlaceMention> Resolve(string text, DateOnly? published, IReadOnlyList<TextSpan>? notPlaces, PlaceHints hints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hints);
        _ = published;
        var words = ToponymText.Create(text);
        var (candidates, demonyms) = matcher.Match(words, notPlaces, hints.Dateline, cancellationToken);
        // Names that look like part of a person's name ("Brian Kemp") give the story no location.
        var evidence = new List<ToponymCandidate>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsCertain(words, candidates[c], hints)
                || (!IsPersonName(words, candidates[c]) && !IsGluedToName(words, candidates[c]) && !NeedsCue(words, candidates, c)
                    && !IsPersonNameWord(words, candidates, c, hints)))
            {
                evidence.Add(candidates[c]);
            }
        }

        var context = GeoContext.Build(gazetteer, words, evidence, demonyms);
        var mentions = new List<PlaceMention>();
        var claimed = new bool[words.Tokens.Length];
        relational.Find(words, candidates, demonyms, context, mentions, claimed);
        appositions.Find(words, candidates, context, mentions, claimed);

        for (var c = 0; c < candidates.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = candidates[c];
            if (IsClaimed(candidate, claimed))
            {
                continue;
            }

            // A dateline's place is a place by position: no cue is needed and its neighbours say nothing.
            if (IsCertain(words, candidate, hints))
            {
                var certain = disambiguator.Choose(words, candidate, context, NextAfterComma(words, candidates, c), null);
                if (certain >= 0)
                {
                    var at = new TextSpan(words.Tokens[candidate.First].Start, EndWithAbbreviationPeriod(words, candidate.Last));
                    mentions.Add(new PlaceMention(at, text[at.Start..at.End], gazetteer.Entry(certain).Place));
                }

                continue;
            }

            if (IsPersonName(words, candidate) || NeedsCue(words, candidates, c) || IsPersonNameWord(words, candidates, c, hints))
            {
                continue;
            }

            var next = c + 1 < candidates.Count && IsAfterComma(words, candidates[c + 1]) ? candidates[c + 1] : null;
            var previous = c > 0 && IsAfterComma(words, candidate) ? candidates[c - 1] : null;
            var chosen = disambiguator.Choose(words, candidate, context, next, previous);
            if (chosen < 0)
            {
                continue;
            }

            var entry = gazetteer.Entry(chosen);
            if (IsMetonymic(words, candidate, entry, candidates, c) || IsAdjectival(words, candidate, entry) || IsUnsupportedMinorName(words, candidate, entry))
            {
                continue;
            }

            var span = new TextSpan(words.Tokens[candidate.First].Start, EndWithAbbreviationPeriod(words, candidate.Last));
            mentions.Add(new PlaceMention(span, text[span.Start..span.End], entry.Place));
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>
    /// The places of a document's text, with its publication date, its people (<see cref="EntityLayer"/>) and its
    /// lead lines (<see cref="LeadLayer"/>): the dateline's place is among them, the headline's and byline's words are not.
    /// </summary>
    public IReadOnlyList<PlaceMention> Resolve(Document document) => Resolve(document, CancellationToken.None);

    /// <summary>The places of a document's text (see <see cref="Resolve(Document)"/>), checking <paramref name="cancellationToken"/> as it goes.</summary>
    public IReadOnlyList<PlaceMention> Resolve(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lead = document.TryGet<LeadLayer>();
        return Resolve(document.Text, document.Published, NamesThatAreNotPlaces(document, lead), PlaceHints.Of(document, lead), cancellationToken);
    }

    private static bool IsCertain(ToponymText words, ToponymCandidate candidate, PlaceHints hints) =>
        hints.Dateline is { } dateline && words.Tokens[candidate.First].Start >= dateline.Start && words.Tokens[candidate.Last].End <= dateline.End;

    // "KABUL, Afghanistan": the next name, after a comma and right after this one.
    private static ToponymCandidate? NextAfterComma(ToponymText words, List<ToponymCandidate> candidates, int c) =>
        c + 1 < candidates.Count && IsAfterComma(words, candidates[c + 1]) ? candidates[c + 1] : null;

    // "Officer David Ortiz" … "David said": a word of a person's name elsewhere in the story is that person here too,
    // unless the text puts it as a place ("in David", "David, Panama").
    private static bool IsPersonNameWord(ToponymText words, List<ToponymCandidate> candidates, int index, PlaceHints hints)
    {
        var candidate = candidates[index];
        return hints.PersonWords.Count > 0 && candidate.First == candidate.Last
            && hints.PersonWords.Contains(words.Word(candidate.First).ToString())
            && !HasLocativeCue(words, candidate, candidates, index, needsComma: false);
    }

    // A person's or organisation's name is not a toponym even when a word of it is a town ("Hilton", "Southern Command").
    // The tagger alone also calls regions people ("the Middle Shabelle region"), so a person it found without a title,
    // role or linked mention ("Gen. Francis L. Donovan" … "Donovan") still counts as a place where the text writes it
    // as one: after a locative or before a kind of place (PlaceHints.ReadsAsPlace).
    private static List<TextSpan>? NamesThatAreNotPlaces(Document document, LeadLayer? lead)
    {
        var spans = new List<TextSpan>();
        if (lead is not null)
        {
            spans.AddRange(lead.NotActorSpans().Where(s => lead.Dateline is not { } d || s != d.Span));
            if (lead.Dateline is { } dateline && dateline.Place.End < dateline.Span.End)
            {
                spans.Add(new TextSpan(dateline.Place.End, dateline.Span.End));
            }
        }

        if (document.TryGet<EntityLayer>() is not { } layer)
        {
            return spans;
        }

        var entities = layer.Entities;
        var linkedTo = entities.Where(e => e.Link is not null).Select(e => e.Link!.Value).ToHashSet();
        for (var i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            var confirmedPerson = e.Type == EntityType.Person
                && (e.Title is not null || e.Role is not null || e.Link is not null || linkedTo.Contains(i));
            if (e.Type == EntityType.Org || confirmedPerson || (e.Type == EntityType.Person && !PlaceHints.ReadsAsPlace(document.Text, e.Span)))
            {
                spans.Add(e.Span);
            }
        }

        return spans;
    }

    // "U.S." keeps its final period: the mention is the abbreviation as written.
    private static int EndWithAbbreviationPeriod(ToponymText words, int last)
    {
        var token = words.Tokens[last];
        return token.End - token.Start == 1 && token.End < words.Text.Length && words.Text[token.End] == '.' ? token.End + 1 : token.End;
    }

    private static bool IsClaimed(ToponymCandidate candidate, bool[] claimed)
    {
        for (var t = candidate.First; t <= candidate.Last; t++)
        {
            if (claimed[t])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAfterComma(ToponymText words, ToponymCandidate candidate)
    {
        var start = candidate.First;
        if (start == 0)
        {
            return false;
        }

        var between = words.Text.AsSpan(words.Tokens[start - 1].End, words.Tokens[start].Start - words.Tokens[start - 1].End).Trim();
        return between is ",";
    }

    // "President Noboa", "Gen. Francis Donovan": a title before the name.
    private static bool IsPersonName(ToponymText words, ToponymCandidate candidate) =>
        candidate.First > 0 && !words.Tokens[candidate.First].BreakBefore
        && ToponymLexicon.PersonTitles.Has(words.Word(candidate.First - 1));

    // A common word ("Police", "March") with no locative cue is not taken as a place.
    private bool NeedsCue(ToponymText words, List<ToponymCandidate> candidates, int index)
    {
        var candidate = candidates[index];
        return candidate.CommonWord && !HasLocativeCue(
            words, candidate, candidates, index, gazetteer.IsNeverPlaceAlone(words.Key(candidate.First, candidate.Last)));
    }

    // "in Best", "near Police", "Best, Netherlands", "the town of Best".
    private static bool HasLocativeCue(ToponymText words, ToponymCandidate candidate, List<ToponymCandidate> candidates, int index, bool needsComma)
    {
        var first = candidate.First;
        if (!needsComma && first > 0 && (ToponymLexicon.Locatives.Has(words.Word(first - 1)) || PlaceAppositions.HeadBefore(words, first) >= 0))
        {
            return true;
        }

        return index + 1 < candidates.Count && candidates[index + 1].First == candidate.Last + 1 && IsAfterComma(words, candidates[index + 1]);
    }

    // "Washington said", "Quito announced", "Washington and Quito agreed", "Washington was among…": the government.
    private static bool IsMetonymic(ToponymText words, ToponymCandidate candidate, GazetteerEntry entry, List<ToponymCandidate> candidates, int index)
    {
        if (entry.Kind is not (GazetteerEntryKind.Country or GazetteerEntryKind.Admin1) && !entry.IsSeatOfGovernment)
        {
            return false;
        }

        var t = candidate.Last + 1;
        var tokens = words.Tokens;
        if (t < tokens.Length && words.Word(t) is "and" && index + 1 < candidates.Count && candidates[index + 1].First == t + 1)
        {
            t = candidates[index + 1].Last + 1;
        }

        for (var steps = 0; t < tokens.Length && steps < 4 && !tokens[t].BreakBefore; t++, steps++)
        {
            var word = words.Word(t);
            if (ToponymLexicon.AgentVerbs.Has(word))
            {
                return true;
            }

            if (word is "among" && steps > 0)
            {
                return true;
            }

            if (!ToponymLexicon.AgentVerbFillers.Has(word))
            {
                return false;
            }
        }

        return false;
    }

    // "U.S. forces", "Ecuador government": a country name used as an adjective, unless after "in"/"to"/….
    private static bool IsAdjectival(ToponymText words, ToponymCandidate candidate, GazetteerEntry entry)
    {
        if (entry.Kind != GazetteerEntryKind.Country || candidate.Last + 1 >= words.Tokens.Length || words.Tokens[candidate.Last + 1].BreakBefore)
        {
            return false;
        }

        if (!ToponymLexicon.AdjectivalHeads.Has(words.Word(candidate.Last + 1)))
        {
            return false;
        }

        var before = candidate.First - 1;
        if (before >= 0 && words.Word(before) is "the")
        {
            before--;
        }

        return before < 0 || !ToponymLexicon.Locatives.Has(words.Word(before));
    }

    // "Mark Schafer", "Sean Parnell": a smallish town's name glued to another capitalised word is a person's name.
    private static bool IsUnsupportedMinorName(ToponymText words, ToponymCandidate candidate, GazetteerEntry entry) =>
        entry.Kind == GazetteerEntryKind.PopulatedPlace && entry.Population < 100_000 && !entry.IsSeatOfGovernment
        && IsGluedToName(words, candidate);

    private static bool IsGluedToName(ToponymText words, ToponymCandidate candidate)
    {
        var tokens = words.Tokens;
        var before = candidate.First - 1;
        var after = candidate.Last + 1;
        // Walk back over "de la" to the word before: "Comandos de la Frontera" is one name, not a town.
        while (before > 0 && !tokens[before + 1].BreakBefore && !tokens[before].Capitalised
            && ToponymLexicon.NameFunctionWords.Has(words.Word(before)))
        {
            before--;
        }

        var gluedBefore = before >= 0 && !tokens[before + 1].BreakBefore && tokens[before].Capitalised
            && !ToponymLexicon.Directions.HasKey(words.Word(before))
            && !ToponymLexicon.Locatives.Has(words.Word(before))
            && !ToponymLexicon.NameFunctionWords.Has(words.Word(before));
        var gluedAfter = after < tokens.Length && !tokens[after].BreakBefore && tokens[after].Capitalised;
        var speaks = (candidate.First > 0 && ToponymLexicon.ReportingVerbs.Has(words.Word(candidate.First - 1)))
            || (after < tokens.Length && !tokens[after].BreakBefore && ToponymLexicon.ReportingVerbs.Has(words.Word(after)));
        return gluedBefore || gluedAfter || speaks;
    }
}