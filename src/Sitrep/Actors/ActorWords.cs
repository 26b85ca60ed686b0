using System.Collections.Frozen;

namespace Sitrep.Actors;

/// <summary>Small closed word classes the resolver needs around actor phrases.</summary>
internal static class ActorWords
{
    /// <summary>
    /// Heads of agent phrases that name a body, not one person: "police", "the military" are actors without a
    /// country, while a bare "leader" or "president" is left unresolved (issue 8: "the 38-year-old leader").
    /// </summary>
    public static readonly FrozenSet<string> CollectiveHeads = FrozenSet.Create(StringComparer.Ordinal,
        "police", "military", "army", "navy", "government", "court", "judiciary", "authorities", "administration", "ministry",
        "department", "forces", "junta", "regime", "parliament", "congress", "senate", "cabinet", "agency", "guard", "force",
        "enforcement", "gang", "cartel", "group", "militia", "commission", "council", "office", "service", "services", "cell");

    /// <summary>Function words and common verbs that never modify an agent noun ("Kenya will arrest", "Somalia said troops").</summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "that", "this", "with", "from", "also", "which", "when", "then", "will", "would", "have", "said", "says", "told", "where",
        "while", "into", "onto", "than", "there", "their", "they", "must", "could", "should", "might", "shall", "been", "being",
        "against", "after", "before", "since", "during", "about", "under", "over", "what", "whose", "tell", "warn", "send", "sent");

    /// <summary>Adjectives allowed between a country and its agent noun ("Somali national army", "U.S. special forces").</summary>
    public static readonly FrozenSet<string> Fillers = FrozenSet.Create(StringComparer.Ordinal,
        "national", "federal", "local", "regional", "state", "special", "elite", "top", "senior", "armed", "joint", "allied",
        "alleged", "suspected", "former", "interim", "new", "own", "government", "central", "provincial", "military");

    /// <summary>Prepositions after which a country is a place, not an actor ("inside Ecuador", "flew to Quito").</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "inside", "into", "across", "throughout", "near", "at", "within", "to", "from", "outside", "around", "toward",
        "towards", "off", "of", "through", "over", "via", "between", "across", "onto", "along", "beyond");

    /// <summary>Prepositions that attach a country to an agent after it ("security forces in Somalia", "police of Haiti").</summary>
    public static readonly FrozenSet<string> AgentCountryLinks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "in", "of", "from");
}