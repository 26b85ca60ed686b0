using System.Collections.Frozen;

namespace Sitrep.Quantities;

/// <summary>
/// The words counts are made of and the noun lists that decide what a count counts. Loaded once, frozen, shared.
/// The values of vague counts follow ACLED (see docs/quantities.md for the table and its sources).
/// </summary>
internal static class QuantityLexicon
{
    public static readonly FrozenDictionary<string, long> Units = Build(
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9));

    public static readonly FrozenDictionary<string, long> Teens = Build(
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
        ("seventeen", 17), ("eighteen", 18), ("nineteen", 19));

    public static readonly FrozenDictionary<string, long> Tens = Build(
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90));

    public static readonly FrozenDictionary<string, long> Scales = Build(("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000));

    /// <summary>
    /// Vague counts and the figure coded for each. "tens" = 10, "dozens" = 12, "hundreds" = 100 are ACLED's
    /// ("ACLED codes 10 for 'tens', 12 for 'dozens', 100 for 'hundreds,' and so on", ACLED FAQ "Fatalities", 2023);
    /// the others extend that "and so on" with the smallest figure the word allows.
    /// </summary>
    public static readonly FrozenDictionary<string, long> Vague = Build(
        ("tens of thousands", 10_000), ("hundreds of thousands", 100_000), ("dozens", 12), ("tens", 10), ("scores", 20),
        ("hundreds", 100), ("thousands", 1_000), ("millions", 1_000_000), ("several", 3), ("a few", 2), ("a handful", 3),
        ("a couple", 2), ("a dozen", 12), ("half a dozen", 6), ("a hundred", 100), ("a thousand", 1_000), ("a score", 20));

    /// <summary>Qualifiers before a figure, longest phrases first when matched.</summary>
    public static readonly FrozenDictionary<string, CountQualifier> Qualifiers = new Dictionary<string, CountQualifier>(StringComparer.OrdinalIgnoreCase)
    {
        // ACLED: "the most conservative estimate"; dev-voa gold: "at least N" = N. "More than N" is read the same way:
        // news use it for a floor, and the strict "+1" is not a figure any source reported.
        ["at least"] = CountQualifier.Point,
        ["no fewer than"] = CountQualifier.Point,
        ["no less than"] = CountQualifier.Point,
        ["a minimum of"] = CountQualifier.Point,
        ["more than"] = CountQualifier.Point,
        ["over"] = CountQualifier.Point,
        ["upwards of"] = CountQualifier.Point,
        ["in excess of"] = CountQualifier.Point,
        ["well over"] = CountQualifier.Point,
        ["roughly"] = CountQualifier.Point,
        ["about"] = CountQualifier.Point,
        ["around"] = CountQualifier.Point,
        ["approximately"] = CountQualifier.Point,
        ["some"] = CountQualifier.Point,
        ["an estimated"] = CountQualifier.Point,
        ["a total of"] = CountQualifier.Point,
        ["only"] = CountQualifier.Point,
        ["just"] = CountQualifier.Point,
        ["another"] = CountQualifier.Point,
        ["all"] = CountQualifier.Point,
        ["all the"] = CountQualifier.Point,
        ["nearly"] = CountQualifier.Nearly,
        ["almost"] = CountQualifier.Nearly,
        ["close to"] = CountQualifier.Nearly,
        ["just under"] = CountQualifier.Nearly,
        ["just shy of"] = CountQualifier.Nearly,
        ["up to"] = CountQualifier.UpTo,
        ["as many as"] = CountQualifier.UpTo,
        ["at most"] = CountQualifier.UpTo,
        ["fewer than"] = CountQualifier.FewerThan,
        ["less than"] = CountQualifier.FewerThan,
        ["under"] = CountQualifier.FewerThan,
        ["between"] = CountQualifier.Between,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Measures, not counts of entities: a figure before these is not emitted ("six years", "70 percent", "300 kilometers").</summary>
    public static readonly FrozenSet<string> MeasureNouns = Set(
        "percent", "per", "pct", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
        "seconds", "decades", "centuries", "kilometers", "kilometres", "km", "miles", "mile", "meters", "metres", "feet", "foot", "inches",
        "tons", "tonnes", "ton", "kilograms", "kg", "pounds", "grams", "liters", "litres", "gallons", "acres", "hectares", "barrels",
        "dollars", "euros", "pesos", "pounds", "rupees", "naira", "shillings", "yuan", "bolivars", "baht", "rupiah", "dong", "ringgit", "rand", "cedis", "birr", "dirhams", "riyals", "lira", "francs", "cents", "am", "pm", "a.m", "p.m",
        "gmt", "utc", "o'clock", "times", "degrees", "mph", "mm", "cm", "kilometer", "kilometre", "meter", "metre");

    /// <summary>Counted things that are not people, so never casualties ("six vessels", "dozens of airstrikes").</summary>
    public static readonly FrozenSet<string> NonPersonNouns = Set(
        "vessels", "vessel", "boats", "boat", "ships", "ship", "submarines", "subs", "vehicles", "vehicle", "cars", "trucks", "aircraft",
        "planes", "helicopters", "drones", "weapons", "guns", "rifles", "rounds", "bombs", "missiles", "rockets", "shells", "mines",
        "airstrikes", "strikes", "strike", "attacks", "attack", "raids", "operations", "incidents", "groups", "group", "organizations",
        "outlets", "websites", "sites", "accounts", "countries", "nations", "states", "provinces", "cities", "towns", "villages",
        "houses", "homes", "buildings", "schools", "hospitals", "camps", "bases", "lawsuits", "suits", "cases", "charges", "counts",
        "votes", "seats", "points", "goals", "tonnes", "packages", "kilos", "bags", "containers", "cells", "factions", "parties",
        "powers", "members-states", "agreements", "resolutions", "laws", "bills", "meetings", "talks", "rounds", "stories", "reports",
        "projects", "companies", "firms", "banks", "facilities", "prisons", "ports", "airports", "roads", "bridges", "flights", "jets",
        "tanks", "artillery", "cartels", "gangs", "networks", "markets", "products", "tests", "launches", "sanctions", "times");

    /// <summary>Counted nouns that are themselves casualty words ("12 bodies", "30 deaths", "five hostages").</summary>
    public static readonly FrozenDictionary<string, QuantitySemantics> CasualtyNouns = new Dictionary<string, QuantitySemantics>(StringComparer.OrdinalIgnoreCase)
    {
        ["deaths"] = QuantitySemantics.Fatalities,
        ["dead"] = QuantitySemantics.Fatalities,
        ["fatalities"] = QuantitySemantics.Fatalities,
        ["bodies"] = QuantitySemantics.Fatalities,
        ["corpses"] = QuantitySemantics.Fatalities,
        ["lives"] = QuantitySemantics.Fatalities,
        ["victims"] = QuantitySemantics.None,
        ["injuries"] = QuantitySemantics.Injuries,
        ["injured"] = QuantitySemantics.Injuries,
        ["wounded"] = QuantitySemantics.Injuries,
        ["arrests"] = QuantitySemantics.Arrests,
        ["detainees"] = QuantitySemantics.None,
        ["hostages"] = QuantitySemantics.Abductions,
        ["abductees"] = QuantitySemantics.Abductions,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the counted noun phrase: verbs, prepositions, conjunctions, pronouns, adverbs.</summary>
    public static readonly FrozenSet<string> PhraseStops = Set(
        "and", "or", "but", "nor", "in", "on", "at", "of", "for", "from", "to", "with", "without", "by", "near", "into", "onto", "across",
        "during", "after", "before", "since", "until", "over", "under", "against", "among", "between", "inside", "outside", "around",
        "who", "whom", "whose", "which", "that", "this", "these", "those", "were", "was", "are", "is", "be", "been", "being", "have",
        "has", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "do", "does", "said", "says", "say",
        "died", "dead", "killed", "injured", "wounded", "hurt", "arrested", "detained", "captured", "kidnapped", "abducted", "remain",
        "remained", "as", "than", "per", "a", "an", "the", "their", "his", "her", "its", "our", "they", "them", "he", "she", "it", "we",
        "you", "i", "also", "all", "each", "both", "more", "most", "less", "still", "now", "then", "later", "earlier", "ago", "reportedly",
        "allegedly", "apparently", "so", "if", "when", "while", "where", "because", "though", "although", "including", "like", "via",
        "about", "some", "last", "next", "yesterday", "today", "tonight", "overnight", "again", "not", "no", "up", "out",
        "down", "off", "back", "away", "there", "here", "what", "how", "why", "got", "get", "went", "came", "took", "left", "leaving", "elsewhere", "nearby", "too", "already", "apiece", "each", "alone", "together", "instead", "aboard", "cannot", "can't", "won't", "don't", "didn't", "doesn't", "isn't", "aren't", "wasn't", "weren't",
        "hasn't", "haven't", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
        "million", "dozen", "dozens", "hundreds", "thousands");

    /// <summary>The words a count phrase can open with; the parser is tried only at these and at digits.</summary>
    public static readonly FrozenSet<string> Openers = Qualifiers.Keys.Concat(Vague.Keys).Select(k => k.Split(' ')[0])
        .Concat(Units.Keys).Concat(Teens.Keys).Concat(Tens.Keys)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, long> Build(params (string Word, long Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Word, e => e.Value, StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}