using System.Collections.Frozen;

namespace Sitrep.Evaluation;

/// <summary>The PLOVER event types and modes gold.json may use (ARCHITECTURE.md, "Ontology").</summary>
internal static class PloverOntology
{
    /// <summary>The 16 PLOVER event types.</summary>
    public static readonly FrozenSet<string> Types = FrozenSet.Create(
        StringComparer.Ordinal,
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /// <summary>Every mode ARCHITECTURE.md lists under any type; an unknown mode is only warned about, since PLOVER grows.</summary>
    public static readonly FrozenSet<string> Modes = FrozenSet.Create(
        StringComparer.Ordinal,
        "visit", "third-party", "multilateral", "phone",
        "withdraw", "release", "disarm", "ceasefire", "access", "resign",
        "assist", "change", "yield", "meet",
        "disapprove", "investigate", "allege",
        "restrict", "arrest", "relations", "expel", "territory", "violence",
        "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize",
        "convict", "discontinue",
        "troops", "weapons", "police", "militia",
        "seize", "censor", "curfew", "martial-law", "deport", "withhold", "misinformation", "cyber",
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
        "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional");
}