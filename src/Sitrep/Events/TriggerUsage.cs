using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Whether a lexicon match is used as an event word in its context: verb rows used as verbs, nominal rows that can
/// open a mention of their own (the distinction follows the light-verb and reduced-relative patterns of English syntax).
/// </summary>
internal static class TriggerUsage
{
    private static readonly FrozenSet<string> Charges = FrozenSet.Create(
        StringComparer.Ordinal, "charged", "charges", "convicted", "accused", "suspected", "guilty", "crimes");

    // Verb rows used as verbs: not after a determiner ("a worrying sign"), not a plural noun ("making bombs"), not a
    // gerund after a preposition ("law against deporting people"), not a participle clause adding to the sentence's
    // main event (", capturing President Maduro"), not a reduced relative ("schoolgirls kidnapped in Zamfara were freed").
    public static bool VerbUse(DocumentWords words, Sentence sentence, int i, int end, int floor, EventRuleSet rules)
    {
        var word = words.Lower[i];
        var previous = i > floor ? words.Lower[i - 1] : "";
        var next = end < sentence.EndToken ? words.Lower[end] : "";
        if (rules.On(EventRule.VerbAfterDeterminer) && (Determiners.Contains(previous) || words.AnyBefore(i, floor, 6, CrimeCharges)))
        {
            return false;
        }

        // Part of a name ("Designated Terrorist Organizations"), or a past progressive setting the scene ("were meeting").
        if (rules.On(EventRule.NameOrProgressive) && ((i > floor && char.IsUpper(words.Text[words.Tokens.StartOf(i)])) || (word.EndsWith("ing", StringComparison.Ordinal) && previous is "was" or "were")))
        {
            return false;
        }

        if (rules.On(EventRule.PluralNounForm) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !Subjects.Contains(previous)
            && (i == floor || !char.IsUpper(words.Text[words.Tokens.StartOf(i - 1)])))
        {
            return false;
        }

        // ", gathering Europe's defence chiefs" describes a meeting by who it convenes, not a step added to another event.
        if (rules.On(EventRule.GerundAdjunct) && word.EndsWith("ing", StringComparison.Ordinal) && (GerundPrepositions.Contains(previous) || (previous == "," && i - 1 > floor + 2 && !Convening.Contains(word))))
        {
            return false;
        }

        // "270 schoolgirls kidnapped in …", "a journalist arrested over …": a participle after an object noun phrase.
        // An intransitive verb has no passive participle, so "ministers gathered in Paris" is no reduced relative.
        return !rules.On(EventRule.ReducedRelative) || Intransitive.Contains(word) || !(word.EndsWith("ed", StringComparison.Ordinal) && i - 1 > floor && IsCommonNoun(words, i - 1) && GerundPrepositions.Contains(next)
            && (Determiners.Contains(words.Lower[i - 2]) || words.Tokens.KindOf(i - 2) == TokenKind.Number || IsCommonNoun(words, i - 2)));
    }

    private static bool IsCommonNoun(DocumentWords words, int i) =>
        words.Tokens.KindOf(i) == TokenKind.Word && char.IsLower(words.Text[words.Tokens.StartOf(i)])
        && !FunctionWords.Contains(words.Lower[i]) && !TimeNouns.Contains(words.Lower[i]) && !words.Lower[i].EndsWith("ly", StringComparison.Ordinal)
        && !words.Lower[i].EndsWith("ed", StringComparison.Ordinal);

    // A nominal trigger opens a mention of its own only as the object of a light verb ("conducted joint strikes"),
    // or singular with a time expression close by ("the attack on Venezuela in January", "Boko Haram's 2014 abduction");
    // otherwise it can only refer to a mention already open ("Mhlanga's arrest has had a chilling effect").
    public static bool NounOpens(DocumentWords words, Sentence sentence, int i, int floor, TimeLayer? times)
    {
        // "slated for deportation", "charged with murder, assault and trafficking": crimes and prospects, not events.
        if ((i > floor && NonEventPrepositions.Contains(words.Lower[i - 1])) || words.AnyBefore(i, floor, 8, Charges))
        {
            return false;
        }

        if (words.AnyBefore(i, floor, 6, LightVerbs) || LightVerbAfter(words, sentence, i) || FollowsIndefinite(words, i, floor)
            || EstablishedByOf(words, sentence, i, floor))
        {
            return true;
        }

        if (words.Lower[i].EndsWith('s'))
        {
            return false;
        }

        var trigger = words.Tokens[i].Span;
        return times?.Expressions.Any(t => t.IsResolved && sentence.Span.Contains(t.Span)
            && Math.Min(Math.Abs(t.Span.Start - trigger.End), Math.Abs(trigger.Start - t.Span.End)) <= 40) == true;
    }

    // "The announcement followed another crackdown on websites": an indefinite object of a verb of sequence asserts
    // that an earlier event took place (the presupposition of "follow"; Kiparsky and Kiparsky 1970).
    private static bool FollowsIndefinite(DocumentWords words, int i, int floor) =>
        i - 2 >= floor && EventCues.Indefinite.Contains(words.Lower[i - 1]) && Sequence.Contains(words.Lower[i - 2]);

    // "during the arrest of an opposition lawmaker": a definite made definite by its own indefinite of-phrase introduces
    // a new event (an establishing relative, Hawkins 1978), here placed in time by "during".
    private static bool EstablishedByOf(DocumentWords words, Sentence sentence, int i, int floor) =>
        i - 2 >= floor && words.Lower[i - 1] == "the" && words.Lower[i - 2] is "during" or "since" or "after" or "before"
        && IndefiniteOf(words, sentence, i + 1);

    /// <summary>True when token <paramref name="at"/> opens "of a/an …" ("the arrest of an opposition lawmaker").</summary>
    public static bool IndefiniteOf(DocumentWords words, Sentence sentence, int at) =>
        at + 1 < sentence.EndToken && words.Lower[at] == "of" && words.Lower[at + 1] is "a" or "an" or "another";

    private static readonly FrozenSet<string> Sequence = FrozenSet.Create(
        StringComparer.Ordinal, "followed", "follows", "follow", "following", "preceded", "precedes");

    private static readonly FrozenSet<string> Convening = FrozenSet.Create(StringComparer.Ordinal, "gathering", "convening", "assembling");

    private static readonly FrozenSet<string> Intransitive = FrozenSet.Create(
        StringComparer.Ordinal, "gathered", "convened", "assembled");

    // "an operation conducted by NISA": the light verb follows as a participle.
    public static bool LightVerbAfter(DocumentWords words, Sentence sentence, int i)
    {
        for (var j = i + 1; j < Math.Min(i + 3, sentence.EndToken); j++)
        {
            if (LightVerbs.Contains(words.Lower[j]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasTime(DocumentWords words, Sentence sentence, TimeLayer? times)
    {
        var span = new TextSpan(words.Tokens.StartOf(sentence.FirstToken), words.Tokens.EndOf(sentence.EndToken - 1));
        return times?.Expressions.Any(t => t.IsResolved && span.Contains(t.Span)) == true;
    }

    // "charged with murder, assault and trafficking", "convicted of kidnapping": the list names crimes, not events.
    private static readonly FrozenSet<string> CrimeCharges = FrozenSet.Create(
        StringComparer.Ordinal, "charged", "charges", "convicted", "guilty", "confessed", "indicted", "crimes");

    private static readonly FrozenSet<string> Be = FrozenSet.Create(
        StringComparer.Ordinal, "be", "been", "being", "get", "got", "have", "has", "had");

    // "rights groups this week called for …": a time adverbial before the verb is no object noun phrase.
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.Create(
        StringComparer.Ordinal, "week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night",
        "today", "yesterday", "tonight", "ago", "earlier", "weeks", "months", "years", "days", "hours");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.Ordinal, "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your");

    private static readonly FrozenSet<string> Subjects = FrozenSet.Create(
        StringComparer.Ordinal, "it", "he", "she", "who", "which", "that", "group", "government", "army", "police", "military");

    private static readonly FrozenSet<string> GerundPrepositions = FrozenSet.Create(
        StringComparer.Ordinal, "against", "for", "of", "about", "on", "from", "without", "by", "in", "over", "at", "during", "near", "to", "after");

    private static readonly FrozenSet<string> NonEventPrepositions = FrozenSet.Create(
        StringComparer.Ordinal, "for", "against", "about", "awaiting", "await", "awaited", "of");

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(
        StringComparer.Ordinal, "has", "have", "had", "was", "were", "be", "been", "is", "are", "and", "or", "who", "they", "he", "she",
        "it", "we", "i", "you", "that", "which", "not", "also", "then", "later", "reportedly", "allegedly", "but",
        "of", "in", "on", "at", "for", "by", "with", "from", "to");

    // Light verbs whose object is the event ("conducted strikes", "carried out raids", "held talks", "filed a lawsuit").
    private static readonly FrozenSet<string> LightVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "conduct", "conducted", "conducting", "conducts", "carried", "carry", "carrying", "launched", "launch",
        "launching", "staged", "stage", "mounted", "executed", "ordered", "filed", "held", "holding", "hold", "claimed", "began", "started");
}