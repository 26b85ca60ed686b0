namespace Sitrep.Events;

/// <summary>
/// The hand-written decisions of the rule-based event path, each one a switch so that its worth can be measured:
/// <c>sitrep eval … --folds K --rules-ablation</c> scores the rules with each one turned off (issue #19, point 3). The
/// table <c>data/events/rules.tsv</c> says what each does and what its removal cost when last measured.
/// </summary>
public enum EventRule
{
    /// <summary>A negation or hypothetical cue within five words before the trigger ("not", "could", "whether").</summary>
    NegationCue,

    /// <summary>A habitual cue within three words before the trigger ("frequently", "routinely").</summary>
    HabitualCue,

    /// <summary>"house arrest" and the like: a trigger right after "house" is a state, not an act.</summary>
    AfterHouse,

    /// <summary>A verb after "to" is an infinitive (a purpose or a prospect), unless a verb of planning or deciding governs it.</summary>
    BareInfinitive,

    /// <summary>"accused of …" describes people; it does not report an accusation.</summary>
    AccusedOf,

    /// <summary>A verb row after a determiner, or after a charge word, is no verb use.</summary>
    VerbAfterDeterminer,

    /// <summary>A capitalised verb inside a sentence is part of a name; "were meeting" sets the scene.</summary>
    NameOrProgressive,

    /// <summary>A verb row ending in -s without a subject before it is a plural noun ("making bombs").</summary>
    PluralNounForm,

    /// <summary>A gerund after a preposition or after a comma is an adjunct, not a report.</summary>
    GerundAdjunct,

    /// <summary>"schoolgirls kidnapped in Zamfara were freed": a reduced relative describes, it does not report.</summary>
    ReducedRelative,

    /// <summary>A statement verb in a relative clause ("a politician who criticized …") describes someone.</summary>
    StatementInRelative,

    /// <summary>A statement is coded only when its sentence is dated (or, for an accusation, when it targets an act).</summary>
    UndatedStatement,

    /// <summary>"At times, …", "Often, …": a sentence opened by a frequency adverbial is habitual.</summary>
    FrequencyOpener,

    /// <summary>"In the past two years, journalists have been detained": a present perfect over a period with no count.</summary>
    PatternOverPeriod,

    /// <summary>"are holding talks this week": a present progressive over a week or longer is an ongoing activity.</summary>
    OngoingOverPeriod,

    /// <summary>A statement verb as a participle without an auxiliary is an adjunct ("with leaders calling for …").</summary>
    StatementParticiple,

    /// <summary>", when the president called for …" after a date anchors the time of another assertion.</summary>
    TimeAnchorClause,

    /// <summary>A second trigger of the same type in a sentence is a new event when told as a further step.</summary>
    SeparateAct,

    /// <summary>Weak triggers ("operation", "return", "close") open a mention only with a licensing context.</summary>
    WeakTriggerLicence,

    /// <summary>A nominal trigger opens a mention only as a light verb's object, after an indefinite, or dated close by.</summary>
    NounOpens,

    /// <summary>Campaign cues (a quantified or plural trigger, a present perfect, with an open range) make an aggregate.</summary>
    AggregateCues,

    /// <summary>Modality cues before the trigger (allegedly, will, denied, claimed responsibility).</summary>
    ModalityCues,

    /// <summary>A past event cannot be dated after the article's publication ("their sentences are due to end in 2029").</summary>
    NotAfterPublication,

    /// <summary>A later report joins an earlier one it refers back to ("the operation"), quotes, or continues with a weak or pronoun-led verb.</summary>
    JoinReferences,

    /// <summary>A report with the same type, date and place, or the same telling death toll, as an earlier one is that event told again.</summary>
    JoinSameEvent,

    /// <summary>A trigger inside a direct quotation with nothing to join is an opinion, not an event.</summary>
    QuotedNotEvent,

    /// <summary>A count attaches only to people: one whose counted phrase names animals or things is taken off (data/events/sanity.tsv).</summary>
    CountsArePeople,

    /// <summary>An ASSAULT with no actor told only beside a disaster or accident word, and no un-negated attack word, is not coded.</summary>
    DisasterNotAssault,
}