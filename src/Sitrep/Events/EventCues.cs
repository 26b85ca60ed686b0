using System.Collections.Frozen;

namespace Sitrep.Events;

/// <summary>
/// The closed word classes the event rules read. Negation and hedging cues follow NegEx (Chapman et al. 2001) in spirit:
/// a cue a few words before the trigger puts it out of scope; modality cues follow FactBank's categories (Saurí and
/// Pustejovsky 2009): asserted, claimed, alleged, planned (future), denied.
/// </summary>
internal static class EventCues
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Negation and hypotheticals: "neither … said if anyone was killed", "can still be attacked".</summary>
    public static readonly FrozenSet<string> Negation = Set(
        "not", "no", "never", "neither", "nor", "if", "whether", "could", "might", "may", "can", "cannot", "should",
        "n't", "unclear", "without", "prevent", "avoid", "fear", "feared", "risk", "chance", "danger", "fate");

    /// <summary>Habitual or generic statements, background rather than an event ("frequently conducts bombings").</summary>
    public static readonly FrozenSet<string> Habitual = Set("frequently", "often", "regularly", "usually", "routinely", "typically");

    /// <summary>Future or planned: "will deploy", "plans to visit".</summary>
    public static readonly FrozenSet<string> Planned = Set("will", "would", "plans", "plan", "planned", "planning", "intends", "expected", "set");

    /// <summary>Verbs of decision whose infinitive reports the act decided on and carried out ("decided to remove the migrants").</summary>
    public static readonly FrozenSet<string> Decided = Set("decided", "voted", "moved", "chose");

    /// <summary>Number words that, after "the", pick out a group already in the story ("the five were deported").</summary>
    public static readonly FrozenSet<string> GroupNumbers = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen");

    /// <summary>Denial cues before the trigger.</summary>
    public static readonly FrozenSet<string> Denied = Set("denied", "denies", "deny", "denying", "rejected");

    /// <summary>Allegation cues directly before the trigger.</summary>
    public static readonly FrozenSet<string> Alleged = Set("allegedly", "reportedly", "purportedly", "suspected");

    /// <summary>Determiners that make a nominal trigger refer back ("the operation", "these strikes").</summary>
    public static readonly FrozenSet<string> Definite = Set("the", "this", "that", "these", "those", "its", "their", "his", "her", "our");

    /// <summary>Indefinite determiners: a nominal trigger after one introduces a new event ("an operation", "another raid").</summary>
    public static readonly FrozenSet<string> Indefinite = Set("a", "an", "another", "one", "some", "any", "several", "new");

    /// <summary>Cues that a verb tells a further step, not the same act again ("and later killed", "but sent").</summary>
    public static readonly FrozenSet<string> Sequence = Set("later", "then", "subsequently", "afterwards", "afterward", "but");

    /// <summary>Personal pronouns that, as a subject, refer back to a participant already in the story.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("it", "they", "he", "she", "we");

    /// <summary>Auxiliaries between a subject and its verb ("it had killed").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set("had", "has", "have", "also", "did");

    /// <summary>Ordinals and "previous": "the first attack", "the previous raid" pick out another event, not this one.</summary>
    public static readonly FrozenSet<string> Ordinals = Set("first", "second", "third", "previous", "earlier", "last", "worst", "prior");

    /// <summary>Words before a noun that mark it as nominal rather than a verb.</summary>
    public static readonly FrozenSet<string> NounMarkers = Set(
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "of", "another", "such",
        "joint", "multiple", "several", "dozens", "hundreds", "scores", "two", "three", "four", "five", "first", "latest",
        "fresh", "new", "deadly", "coordinated", "separate", "single", "biggest", "recent", "in", "on", "for", "after", "by");

    /// <summary>Modifiers that make a weak trigger ("operation", "meeting") a real event.</summary>
    public static readonly FrozenSet<string> MilitaryModifiers = Set(
        "military", "kinetic", "lethal", "security", "counterterrorism", "counter-terrorism", "army", "police", "armed", "naval");

    /// <summary>Campaign cues: a summary of many events, not one.</summary>
    public static readonly FrozenSet<string> AggregateQuantifiers = Set("dozens", "hundreds", "scores", "thousands", "series", "wave", "spate", "string");

    /// <summary>Reporting verbs: they never create events and they end the clause of the subject they follow.</summary>
    public static readonly FrozenSet<string> Reporting = Set(
        "said", "say", "says", "told", "tell", "announced", "announces", "wrote", "writes", "posted", "posts", "reported",
        "reports", "stated", "added", "confirmed", "confirms", "according", "noted", "explained", "claimed", "claims");

    /// <summary>Locative prepositions that introduce an event's place.</summary>
    public static readonly FrozenSet<string> Locative = Set("in", "near", "at", "inside", "within", "outside", "off", "across", "into", "from");

    /// <summary>Words that end the clause a recipient is looked for in.</summary>
    public static readonly FrozenSet<string> ClauseEnders = Set(
        "which", "who", "whom", "when", "while", "after", "before", "because", "since", "as", "but", "where", ";", ":", "—", "–");

    /// <summary>Forms of "be" that make a participle passive ("were killed").</summary>
    public static readonly FrozenSet<string> Be = Set("was", "were", "been", "be", "is", "are", "being", "got", "get");
}