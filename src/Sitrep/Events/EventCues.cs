using System.Collections.Frozen;

namespace Sitrep.Events;

/// <summary>
/// The closed word classes the event rules read. Negation and hedging cues follow NegEx (Chapman et al. 2001) in spirit:
/// a cue a few words before the trigger puts it out of scope; modality cues follow FactBank's categories (Saurí and
/// Pustejovsky 2009): asserted, claimed, alleged, planned (future), denied.
/// </summary>
internal static class EventCues
{
    // The compiled-in table data/events/cues.tsv: immutable, read once.
    private static readonly EventWordClasses Classes = EventWordClasses.LoadResource("Sitrep.Events.cues.tsv", "cues.tsv");

    /// <summary>Negation and hypotheticals: "neither … said if anyone was killed", "can still be attacked".</summary>
    public static readonly FrozenSet<string> Negation = Classes["negation"];

    /// <summary>Habitual or generic statements, background rather than an event ("frequently conducts bombings").</summary>
    public static readonly FrozenSet<string> Habitual = Classes["habitual"];

    /// <summary>Future or planned: "will deploy", "plans to visit".</summary>
    public static readonly FrozenSet<string> Planned = Classes["planned"];

    /// <summary>Verbs of decision whose infinitive reports the act decided on and carried out ("decided to remove the migrants").</summary>
    public static readonly FrozenSet<string> Decided = Classes["decided"];

    /// <summary>Number words that, after "the", pick out a group already in the story ("the five were deported").</summary>
    public static readonly FrozenSet<string> GroupNumbers = Classes["group-numbers"];

    /// <summary>Denial cues before the trigger.</summary>
    public static readonly FrozenSet<string> Denied = Classes["denied"];

    /// <summary>Allegation cues directly before the trigger.</summary>
    public static readonly FrozenSet<string> Alleged = Classes["alleged"];

    /// <summary>Determiners that make a nominal trigger refer back ("the operation", "these strikes").</summary>
    public static readonly FrozenSet<string> Definite = Classes["definite"];

    /// <summary>Indefinite determiners: a nominal trigger after one introduces a new event ("an operation", "another raid").</summary>
    public static readonly FrozenSet<string> Indefinite = Classes["indefinite"];

    /// <summary>Cues that a verb tells a further step, not the same act again ("and later killed", "but sent").</summary>
    public static readonly FrozenSet<string> Sequence = Classes["sequence"];

    /// <summary>Personal pronouns that, as a subject, refer back to a participant already in the story.</summary>
    public static readonly FrozenSet<string> Pronouns = Classes["pronouns"];

    /// <summary>Auxiliaries between a subject and its verb ("it had killed").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Classes["auxiliaries"];

    /// <summary>Ordinals and "previous": "the first attack", "the previous raid" pick out another event, not this one.</summary>
    public static readonly FrozenSet<string> Ordinals = Classes["ordinals"];

    /// <summary>Words before a noun that mark it as nominal rather than a verb.</summary>
    public static readonly FrozenSet<string> NounMarkers = Classes["noun-markers"];

    /// <summary>Modifiers that make a weak trigger ("operation", "meeting") a real event.</summary>
    public static readonly FrozenSet<string> MilitaryModifiers = Classes["military-modifiers"];

    /// <summary>Campaign cues: a summary of many events, not one.</summary>
    public static readonly FrozenSet<string> AggregateQuantifiers = Classes["aggregate-quantifiers"];

    /// <summary>Reporting verbs: they never create events and they end the clause of the subject they follow.</summary>
    public static readonly FrozenSet<string> Reporting = Classes["reporting"];

    /// <summary>Locative prepositions that introduce an event's place.</summary>
    public static readonly FrozenSet<string> Locative = Classes["locative"];

    /// <summary>Words that end the clause a recipient is looked for in.</summary>
    public static readonly FrozenSet<string> ClauseEnders = Classes["clause-enders"];

    /// <summary>Forms of "be" that make a participle passive ("were killed").</summary>
    public static readonly FrozenSet<string> Be = Classes["be"];
}