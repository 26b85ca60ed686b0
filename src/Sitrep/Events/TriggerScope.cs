using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Clause-level scope rules that put a lexicon match out of the event layer, or let a statement in: habitual and
/// period summaries, time anchors, participle adjuncts, and statements aimed at
/// an act. Each rule reads only the words of the trigger's sentence.
/// </summary>
internal static class TriggerScope
{
    /// <summary>
    /// True when the trigger at <paramref name="i"/> reports no event of its own in its sentence.
    /// </summary>
    public static bool OutOfScope(DocumentWords words, Sentence sentence, int i, TriggerEntry entry, TimeLayer? times, EventRuleSet rules) =>
        (rules.On(EventRule.FrequencyOpener) && FrequencyOpener(words, sentence))
        || (rules.On(EventRule.PatternOverPeriod) && PatternOverPeriod(words, sentence, i))
        || (rules.On(EventRule.OngoingOverPeriod) && OngoingOverPeriod(words, sentence, i, times))
        || ((entry.Flags & TriggerFlags.Statement) != 0 && !entry.IsNoun
            && ((rules.On(EventRule.StatementParticiple) && StatementParticiple(words, sentence.FirstToken, i))
                || (rules.On(EventRule.TimeAnchorClause) && TimeAnchorClause(words, sentence.FirstToken, i, times))));

    /// <summary>
    /// A condemnation or demand aimed at an act ("condemned the arrest", "condemned Thailand for sending them back")
    /// is a reaction to that event and is coded even with no date of its own (CAMEO 111 codes "condemn X for Y"); an
    /// undated one aimed at a person or a state of affairs is an opinion and is not.
    /// </summary>
    public static bool TargetsAnAct(DocumentWords words, Sentence sentence, int end, TriggerLexicon lexicon)
    {
        var limit = Math.Min(end + 6, sentence.EndToken);
        for (var j = end; j < limit; j++)
        {
            if (!words.IsWord(j) && words.Lower[j] is not ("'s" or "'"))
            {
                return false;
            }

            if (words.Lower[j] == "for" && j + 1 < sentence.EndToken && words.Lower[j + 1].EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }

            if (Array.Exists(words.LemmaSets[j], l => lexicon.ByFirst.TryGetValue(l, out var rows) && Array.Exists(rows, r => r.IsNoun && !r.IsWeak))
                && j > end && (words.Lower[j - 1] is "'s" or "the" or "their" or "his" or "her" or "its" || words.Lower[j - 1].EndsWith("'s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "removed all 40 migrants from the camp", "began sending detainees to a detention centre": moving people in
    /// custody is coercion (CAMEO 174 expel or deport; PLOVER COERCE), moving troops, aid or letters is not.
    /// </summary>
    public static bool TransferOfDetainees(DocumentWords words, Sentence sentence, string lemma, int end)
    {
        var limit = Math.Min(end + 12, sentence.EndToken);
        for (var j = end; j < limit; j++)
        {
            if (lemma == "remove" && j < end + 5 && Detainees.Contains(words.Lower[j]))
            {
                return true;
            }

            if (lemma != "remove" && words.Lower[j] == "to")
            {
                for (var k = j + 1; k < Math.Min(j + 6, sentence.EndToken); k++)
                {
                    if (Confinement.Contains(words.Lower[k]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "gathering Europe's military powers along with NATO defence chiefs": a gathering whose object names officials
    /// is a multilateral meeting (PLOVER CONSULT, multilateral); one of crowds or supporters is not.
    /// </summary>
    public static bool ConvenesOfficials(DocumentWords words, Sentence sentence, int end)
    {
        for (var j = end; j < Math.Min(end + 14, sentence.EndToken); j++)
        {
            if (Officials.Contains(words.Lower[j]))
            {
                return true;
            }

            if (words.Lower[j] is "." or ";" or "—" or "–")
            {
                return false;
            }
        }

        return false;
    }

    // "Military heads are holding talks this week": a present progressive over a week or longer tells an activity
    // still going on, of which the dated meetings are the events (ACLED and PLOVER code occurrences by day).
    private static bool OngoingOverPeriod(DocumentWords words, Sentence sentence, int i, TimeLayer? times)
    {
        if (i <= sentence.FirstToken || !words.Lower[i].EndsWith("ing", StringComparison.Ordinal) || words.Lower[i - 1] is not ("is" or "are" or "am") || times is null)
        {
            return false;
        }

        var span = sentence.Span;
        var inSentence = times.Expressions.Where(t => span.Contains(t.Span)).ToList();
        return inSentence.Count > 0 && inSentence.All(t => t.Precision is DatePrecision.Week or DatePrecision.PartOfMonth or DatePrecision.Month or DatePrecision.Season or DatePrecision.Year);
    }

    // "At times, the camp held 200 detainees, many of whom were deported": a sentence-initial frequency adverbial makes
    // the whole sentence habitual (the generic/episodic distinction of Carlson and Pelletier 1995).
    private static bool FrequencyOpener(DocumentWords words, Sentence sentence)
    {
        var first = sentence.FirstToken;
        var w = words.Lower[first];
        return FrequencyAdverbs.Contains(w)
            || (first + 1 < sentence.EndToken && (w, words.Lower[first + 1]) is ("at", "times") or ("from", "time") or ("on", "occasion"));
    }

    // "In the past two years, journalists have been harassed and detained": a present perfect over a past period with
    // no count is a pattern, not an event and not a countable campaign (ACLED codes neither).
    private static bool PatternOverPeriod(DocumentWords words, Sentence sentence, int i)
    {
        var hasPeriod = false;
        for (var j = sentence.FirstToken; j + 2 < i; j++)
        {
            if (words.Lower[j] is "in" or "over" or "during" or "throughout"
                && ((words.Lower[j + 1] == "the" && words.Lower[j + 2] is "past" or "last") || (words.Lower[j + 1] == "recent" && words.Lower[j + 2] is "years" or "months" or "weeks")))
            {
                hasPeriod = true;
                break;
            }
        }

        if (!hasPeriod || !words.AnyBefore(i, sentence.FirstToken, 12, Perfect))
        {
            return false;
        }

        for (var j = i + 1; j < sentence.EndToken; j++)
        {
            if (words.Tokens.KindOf(j) == TokenKind.Number || CountWords.Contains(words.Lower[j]))
            {
                return false;
            }
        }

        return true;
    }



    // "triggered condemnation, with many leaders calling for their release": a participle without an auxiliary is an
    // adjunct describing reactions, not a finite report of a statement.
    private static bool StatementParticiple(DocumentWords words, int floor, int i) =>
        words.Lower[i].EndsWith("ing", StringComparison.Ordinal) && i > floor
        && !EventCues.Be.Contains(words.Lower[i - 1]) && !(i - 1 > floor && words.Lower[i - 1].EndsWith("ly", StringComparison.Ordinal) && EventCues.Be.Contains(words.Lower[i - 2]));

    // "Since August 2022, when the president called for a total war, …": a clause that dates the sentence's main
    // assertion by an earlier statement is a time anchor, not a report of that statement.
    private static bool TimeAnchorClause(DocumentWords words, int floor, int i, TimeLayer? times)
    {
        for (var j = i - 1; j > floor + 1; j--)
        {
            if (words.Lower[j] != "when")
            {
                continue;
            }

            if (words.Lower[j - 1] != ",")
            {
                return false;
            }

            var comma = words.Tokens.StartOf(j - 1);
            return words.Tokens.KindOf(j - 2) == TokenKind.Number
                || times?.Expressions.Any(t => t.Span.End <= comma && comma - t.Span.End <= 1) == true;
        }

        return false;
    }

    private static readonly FrozenSet<string> FrequencyAdverbs = FrozenSet.Create(
        StringComparer.Ordinal, "sometimes", "often", "occasionally", "frequently", "usually", "routinely", "typically");

    private static readonly FrozenSet<string> Perfect = FrozenSet.Create(StringComparer.Ordinal, "have", "has");

    private static readonly FrozenSet<string> CountWords = FrozenSet.Create(
        StringComparer.Ordinal, "dozens", "hundreds", "thousands", "scores", "dozen", "hundred", "thousand");

    private static readonly FrozenSet<string> Officials = FrozenSet.Create(
        StringComparer.Ordinal, "ministers", "leaders", "chiefs", "officials", "heads", "envoys", "delegates", "delegations",
        "representatives", "diplomats", "commanders", "presidents", "counterparts");

    private static readonly FrozenSet<string> Detainees = FrozenSet.Create(
        StringComparer.Ordinal, "migrants", "detainees", "prisoners", "inmates", "refugees", "deportees", "asylum");

    private static readonly FrozenSet<string> Confinement = FrozenSet.Create(
        StringComparer.Ordinal, "prison", "jail", "custody", "detention", "hospital", "prisons", "jails", "hospitals");
}