using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Finds event triggers sentence by sentence: lexicon lemmas, minus negated, hypothetical, habitual and infinitive
/// uses, with kind (incident or aggregate) and modality decided from the words around the trigger.
/// </summary>
internal sealed class TriggerScanner(TriggerLexicon lexicon, EventRuleSet rules)
{
    /// <summary>The rules this scanner and the merging after it apply.</summary>
    public EventRuleSet Rules => rules;

    /// <summary>The checks every mention passes, whichever path decided it.</summary>
    public EventSanity Sanity { get; } = new(lexicon.Words, rules);

    /// <summary>
    /// The hits the rules accept, at most one per type and sentence unless a second act is told as a new step. When
    /// <paramref name="matches"/> is given it also receives every lexicon match, accepted or not, described as a hit
    /// (the learned detector reads what the rules would have said of each, docs/event-models.md).
    /// </summary>
    public List<TriggerHit> Scan(DocumentWords words, SentenceLayer sentences, IReadOnlyList<TextSpan> speech, TimeLayer? times, List<LexiconMatch>? matches = null)
    {
        var hits = new List<TriggerHit>();

        // Whether a trigger is quoted is asked per lexicon match; one binary search, not a scan of every quotation.
        var quoted = new ExcludedSpans(speech);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences.Sentences[s];
            var near = TimesNear(times, sentence);
            var perSentence = new List<TriggerHit>();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!words.IsWord(i) || Match(words, i, sentence.EndToken) is not { } match)
                {
                    continue;
                }

                var (entry, end) = match;
                var hit = Classify(words, s, sentence, i, end, entry, quoted, near, lexicon, rules);
                if (matches is not null && (hit ?? Describe(words, s, sentence, i, end, entry, quoted, near, rules)) is { } described)
                {
                    matches.Add(new LexiconMatch(described, hit is not null));
                }

                i = end - 1;
                if (hit is null)
                {
                    continue;
                }

                // One mention per type and sentence; a trigger that can open a mention beats one that cannot. A second
                // act of the type told as a new step ("… and later killed 50 in airstrikes") or in another mode
                // ("arrested them in 2014 … turned 40 of them over") is an event of its own.
                var same = perSentence.FindLastIndex(h => h.Entry.Type == hit.Entry.Type);
                if (same >= 0 && hit.Strong && rules.On(EventRule.SeparateAct) && SeparateAct(words, perSentence[same], hit, sentence.FirstToken))
                {
                    perSentence.Add(hit);
                }
                else if (same < 0)
                {
                    perSentence.Add(hit);
                }
                else if (hit.Strong && !perSentence[same].Strong)
                {
                    perSentence[same] = hit;
                }
            }

            hits.AddRange(perSentence);
        }

        return hits;
    }

    // The time expressions a trigger's tests may look at: those ending inside the sentence or right before it (the
    // tests ask for expressions inside the sentence or ending at a comma in it). Found by binary search in the
    // ordered layer, so each trigger reads its sentence's few expressions, not the whole document's.
    private static TimeLayer? TimesNear(TimeLayer? times, Sentence sentence)
    {
        if (times is null)
        {
            return null;
        }

        var expressions = times.Expressions;
        var lo = FirstEndingAtOrAfter(expressions, sentence.Span.Start - 1);
        var hi = FirstEndingAtOrAfter(expressions, sentence.Span.End + 1);
        return new TimeLayer(expressions.Slice(lo, hi - lo));
    }

    private static int FirstEndingAtOrAfter(System.Collections.Immutable.ImmutableArray<Sitrep.Time.TimeExpression> expressions, int offset)
    {
        int lo = 0, hi = expressions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (expressions[mid].Span.End < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // "Their abduction, resembling Boko Haram's 2014 abduction of 276 schoolgirls": a reference back and a new event.
    private static bool SeparateAct(DocumentWords words, TriggerHit first, TriggerHit second, int floor) =>
        (first.Anaphoric && !second.Anaphoric && second.Entry.IsNoun)
        || (second.Entry.IsNoun && !first.Entry.IsNoun && second.EndToken < words.Lower.Length - 1 && words.Lower[second.EndToken] == "of"
            && words.Lower[second.EndToken + 1] is "a" or "an" or "another")
        || (!second.Entry.IsNoun && !second.Anaphoric && words.AnyBefore(second.FirstToken, Math.Max(floor, first.EndToken), 3, EventCues.Sequence))
        || (second.Entry.Type != PloverType.Assault && first.Entry.Mode is { } a && second.Entry.Mode is { } b && a != b);

    private (TriggerEntry Entry, int End)? Match(DocumentWords words, int i, int sentenceEnd)
    {
        (TriggerEntry Entry, int End)? best = null;
        foreach (var first in words.LemmaSets[i])
        {
            if (!lexicon.ByFirst.TryGetValue(first, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var end = MatchRest(words, entry, i, sentenceEnd);
                if (end > 0 && (best is null || end - i > best.Value.End - i || PreferNoun(words, i, entry, best.Value.Entry)))
                {
                    best = (entry, end);
                }
            }
        }

        return best;
    }

    // "held talks": the following lemmas may skip one word ("held direct talks", "turned 40 of them over" is not covered).
    private static int MatchRest(DocumentWords words, TriggerEntry entry, int i, int sentenceEnd)
    {
        var j = i + 1;
        for (var k = 1; k < entry.Lemmas.Count; k++)
        {
            if (j < sentenceEnd && words.HasLemma(j, entry.Lemmas[k]))
            {
                j++;
            }
            else if (j + 1 < sentenceEnd && words.IsWord(j) && words.HasLemma(j + 1, entry.Lemmas[k]))
            {
                j += 2;
            }
            else if (Particles.Contains(entry.Lemmas[k]) && FindParticle(words, entry.Lemmas[k], j, Math.Min(j + 5, sentenceEnd)) is int at and >= 0)
            {
                // A phrasal verb around its object: "turned 40 of them over", "broke the cell up".
                j = at + 1;
            }
            else
            {
                return -1;
            }
        }

        return j;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Particles = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "over", "up", "out", "down", "off", "back");

    private static int FindParticle(DocumentWords words, string particle, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (words.Lower[j] == particle)
            {
                return j;
            }

            if (!words.IsWord(j) && words.Tokens.KindOf(j) != TokenKind.Number)
            {
                return -1;
            }
        }

        return -1;
    }

    // Same lemma as noun and verb ("attack"): a determiner, preposition or quantifier before it makes it a noun.
    private static bool PreferNoun(DocumentWords words, int i, TriggerEntry candidate, TriggerEntry current) =>
        candidate.Lemmas.Count == current.Lemmas.Count && candidate.IsNoun != current.IsNoun
        && candidate.IsNoun == IsNominal(words, i);

    // "the hotel attack": a determiner, then a noun modifier, then the trigger is a noun too.
    private static bool IsNominal(DocumentWords words, int i) =>
        i > 0 && (EventCues.NounMarkers.Contains(words.Lower[i - 1]) || words.Tokens.KindOf(i - 1) == TokenKind.Number
            || (words.Lower[i - 1].EndsWith("'s", StringComparison.Ordinal) || words.Lower[i - 1] == "'s")
            || (i > 1 && !words.Lower[i].EndsWith("ed", StringComparison.Ordinal) && (EventCues.Definite.Contains(words.Lower[i - 2]) || EventCues.Indefinite.Contains(words.Lower[i - 2]))
                && words.Tokens.KindOf(i - 1) == TokenKind.Word && !words.Lower[i - 1].EndsWith("ed", StringComparison.Ordinal)
                && !words.Lower[i - 1].EndsWith("ly", StringComparison.Ordinal)));

    private static TriggerHit? Classify(
        DocumentWords words, int s, Sentence sentence, int i, int end, TriggerEntry entry, ExcludedSpans speech, TimeLayer? times,
        TriggerLexicon lexicon, EventRuleSet rules)
    {
        var floor = sentence.FirstToken;
        var previous = i > floor ? words.Lower[i - 1] : "";
        if ((rules.On(EventRule.NegationCue) && words.AnyBefore(i, floor, 5, EventCues.Negation))
            || (rules.On(EventRule.HabitualCue) && words.AnyBefore(i, floor, 3, EventCues.Habitual))
            || (rules.On(EventRule.AfterHouse) && previous == "house")
            || (rules.On(EventRule.BareInfinitive) && !entry.IsNoun && previous == "to" && !words.AnyBefore(i - 1, floor, 1, EventCues.Planned) && !words.AnyBefore(i - 1, floor, 1, EventCues.Decided))
            || TriggerScope.OutOfScope(words, sentence, i, entry, times, rules))
        {
            return null;
        }

        // "people accused of being smugglers" describes, it does not accuse.
        if (rules.On(EventRule.AccusedOf) && entry.Type == PloverType.Accuse && end < sentence.EndToken && words.Lower[end] == "of")
        {
            return null;
        }

        if (!entry.IsNoun && !TriggerUsage.VerbUse(words, sentence, i, end, floor, rules))
        {
            return null;
        }

        // A statement is coded only when dated (dev-voa "about": opinions and undated condemnations are left out),
        // and not in a relative clause describing someone ("a politician who criticized the president").
        if ((entry.Flags & TriggerFlags.Statement) != 0
            && ((rules.On(EventRule.StatementInRelative) && previous == "who")
                || (rules.On(EventRule.UndatedStatement) && !TriggerUsage.HasTime(words, sentence, times)
                    && !(entry.Type == PloverType.Accuse && TriggerScope.TargetsAnAct(words, sentence, end, lexicon)))))
        {
            return null;
        }

        return Describe(words, s, sentence, i, end, entry, speech, times, rules);
    }

    // What the rules say of a lexicon match, whether or not they accept it as an event.
    private static TriggerHit? Describe(
        DocumentWords words, int s, Sentence sentence, int i, int end, TriggerEntry entry, ExcludedSpans speech, TimeLayer? times,
        EventRuleSet rules)
    {
        var floor = sentence.FirstToken;
        var previous = i > floor ? words.Lower[i - 1] : "";
        var span = new TextSpan(words.Tokens.StartOf(i), words.Tokens.EndOf(end - 1));
        var inSpeech = speech.Covers(span.Start, span.End);
        var anaphoric = entry.IsNoun && IsDefinite(words, i, floor) && !TriggerUsage.IndefiniteOf(words, sentence, end);
        var strong = (!entry.IsWeak || !rules.On(EventRule.WeakTriggerLicence) || HasModifier(words, i, floor) || WeakTriggerLicensed(words, entry, i, end, sentence))
            && (!entry.IsNoun || !rules.On(EventRule.NounOpens) || TriggerUsage.NounOpens(words, sentence, i, floor, times));
        if (!strong && rules.On(EventRule.WeakTriggerLicence) && entry.Lemmas[0] is "remove" or "send" or "sent")
        {
            // "the migrants sent to Guantanamo are gang members": an unlicensed transfer verb does not even continue a report.
            return null;
        }

        var kind = rules.On(EventRule.AggregateCues) && IsAggregate(words, sentence, i, entry, times) ? EventKind.Aggregate : EventKind.Incident;
        strong |= kind == EventKind.Aggregate && !entry.IsWeak;
        var modality = rules.On(EventRule.ModalityCues) ? ModalityOf(words, sentence, i, floor) : EventModality.Asserted;
        var passive = !entry.IsNoun && i > floor && (EventCues.Be.Contains(previous)
            || (i - 2 >= floor && EventCues.Be.Contains(words.Lower[i - 2]) && words.Lower[i - 1].EndsWith("ly", StringComparison.Ordinal)));
        var pronoun = !entry.IsNoun && !passive && HasPronounSubject(words, i, floor);
        // "the day after the 40 were deported": a definite numeral subject is a group already in the story, so the
        // passive refers back to the act done to it.
        anaphoric |= passive && i - 3 >= floor && words.Lower[i - 3] == "the"
            && (words.Tokens.KindOf(i - 2) == TokenKind.Number || EventCues.GroupNumbers.Contains(words.Lower[i - 2]));
        return new TriggerHit(s, i, end, span, entry, anaphoric, inSpeech, strong, kind, modality, passive, pronoun);
    }

    // "it had killed", "they later detained": a personal pronoun, perhaps with auxiliaries and adverbs, right before the verb.
    private static bool HasPronounSubject(DocumentWords words, int i, int floor)
    {
        for (int j = i - 1, skipped = 0; j >= floor && skipped <= 2; j--, skipped++)
        {
            var w = words.Lower[j];
            if (EventCues.Pronouns.Contains(w))
            {
                return true;
            }

            if (!(EventCues.Auxiliaries.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) || EventCues.Sequence.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsDefinite(DocumentWords words, int i, int floor)
    {
        for (int j = i - 1, skipped = 0; j >= floor && skipped <= 3; j--, skipped++)
        {
            if (EventCues.Definite.Contains(words.Lower[j]))
            {
                return true;
            }

            // The noun phrase's own determiner decides: "this attack follows an operation" — the operation is new;
            // a superlative or ordinal picks a new one out of a set ("the single biggest attack, in 2009").
            if (EventCues.Indefinite.Contains(words.Lower[j]) || EventCues.Ordinals.Contains(words.Lower[j])
                || (words.Lower[j].EndsWith("est", StringComparison.Ordinal) && words.Lower[j] != "latest" && words.Lower[j].Length > 5))
            {
                return false;
            }

            if (!words.IsWord(j) && words.Lower[j] != "-" && words.Tokens.KindOf(j) != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasModifier(DocumentWords words, int i, int floor) =>
        words.AnyBefore(i, floor, 2, EventCues.MilitaryModifiers);

    // Weak verbs with their licensing context: forces "returned", outlets "closed", detainees "flown".
    private static bool WeakTriggerLicensed(DocumentWords words, TriggerEntry entry, int i, int end, Sentence sentence)
    {
        var lemma = entry.Lemmas[0];
        if (entry.IsNoun && TriggerUsage.LightVerbAfter(words, sentence, i))
        {
            return true;
        }

        if (lemma is "gather" or "gathering")
        {
            return (end < sentence.EndToken && words.Lower[end] is "in" or "at") || TriggerScope.ConvenesOfficials(words, sentence, end);
        }

        if (lemma is "remove" or "send" or "sent")
        {
            return TriggerScope.TransferOfDetainees(words, sentence, lemma, end);
        }

        if (lemma == "return")
        {
            return words.AnyBefore(i, sentence.FirstToken, 2, Forces);
        }

        if (lemma == "close")
        {
            for (var j = end; j < Math.Min(end + 5, sentence.EndToken); j++)
            {
                if (Media.Contains(words.Lower[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Forces =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "forces", "troops", "soldiers", "military", "marines");

    private static readonly System.Collections.Frozen.FrozenSet<string> Media =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "outlets", "websites", "newspaper", "newspapers", "stations", "station", "media");

    // A campaign summary: a quantified or plural nominal, or a present perfect, with an open range ("since September"),
    // or a "such incident"/"wave of" cue (ACLED and UCDP code such summaries as no single event).
    private static bool IsAggregate(DocumentWords words, Sentence sentence, int i, TriggerEntry entry, TimeLayer? times)
    {
        var quantified = words.AnyBefore(i, sentence.FirstToken, 4, EventCues.AggregateQuantifiers);
        var plural = entry.IsNoun && words.Lower[i].EndsWith('s');
        // A present perfect makes a campaign of a verb ("have killed hundreds since 2009"), not of a state noun
        // ("has been in custody since Feb. 24").
        var perfect = !entry.IsNoun && words.AnyBefore(i, sentence.FirstToken, 3, Perfect);
        var sentenceSpan = new TextSpan(words.Tokens.StartOf(sentence.FirstToken), words.Tokens.EndOf(sentence.EndToken - 1));
        var openRange = times?.Expressions.Any(t => sentenceSpan.Contains(t.Span) && t.Anchor is not null) == true
            || SentenceHas(words, sentence, "so far") || SentenceHas(words, sentence, "since");
        if (SentenceHas(words, sentence, "such incident") || SentenceHas(words, sentence, "such attack"))
        {
            return true;
        }

        return openRange && (quantified || plural || perfect);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Perfect =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "have", "has");

    private static bool SentenceHas(DocumentWords words, Sentence sentence, string phrase) => words.SentenceHas(sentence, phrase);

    private static EventModality ModalityOf(DocumentWords words, Sentence sentence, int i, int floor)
    {
        if (words.AnyBefore(i, floor, 2, EventCues.Alleged))
        {
            return EventModality.Alleged;
        }

        if (words.AnyBefore(i, floor, 3, EventCues.Planned))
        {
            return EventModality.Planned;
        }

        if (words.AnyBefore(i, floor, 8, EventCues.Denied))
        {
            return EventModality.Denied;
        }

        return SentenceHas(words, sentence, "claimed responsibility") ? EventModality.Claimed : EventModality.Asserted;
    }
}