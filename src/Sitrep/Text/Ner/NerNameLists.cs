using System.Collections.Frozen;
using Sitrep.Geo;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// The name lists of data/ner (compiled in as resources) that feed <see cref="GeoNerGazetteer"/>: organisation cue
/// words (org-cues.tsv, curated), organisation names and people's given and family names (org-names.tsv and
/// person-names.tsv, built from the PETRARCH2 actor dictionaries by tools/build-ner-names.cs). Keys of the two
/// name lists are folded with <see cref="ToponymFolding"/>, so lookups are accent- and case-insensitive.
/// </summary>
internal sealed class NerNameLists
{
    private NerNameLists(
        FrozenDictionary<string, OrgCueKind> cues, FrozenSet<string> strongCues, FrozenSet<string> organisations, FrozenDictionary<string, byte> people, int longestOrganisation,
        TextResources resources)
    {
        PlaceNames = resources.Places.Union(resources.PlaceClasses.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)), StringComparer.Ordinal)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        PersonWords = resources.PersonWordLookup;
        FeatureWords = resources.PlaceClasses.Where(p => p.Value == Documents.EntityType.Loc && !p.Key.Contains(' ', StringComparison.Ordinal)).Select(p => p.Key)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        OrganisationFirstWords = organisations.Select(o => o.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        StrongCues = strongCues.GetAlternateLookup<ReadOnlySpan<char>>();
        Cues = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        Organisations = organisations.GetAlternateLookup<ReadOnlySpan<char>>();
        People = people.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestOrganisation = longestOrganisation;
    }

    /// <summary>What an organisation cue word says.</summary>
    public enum OrgCueKind : byte
    {
        /// <summary>Not a cue.</summary>
        None = 0,

        /// <summary>A capitalised run containing it is an organisation ("Ministry", "Army").</summary>
        Head = 1,

        /// <summary>A legal form ending a company name ("Inc", "Ltd").</summary>
        Suffix = 2,

        /// <summary>A building standing for the body inside ("Pentagon", "Kremlin").</summary>
        Metonym = 3,
    }

    /// <summary>Cue word, case-sensitive as written in the table.</summary>
    public FrozenDictionary<string, OrgCueKind>.AlternateLookup<ReadOnlySpan<char>> Cues { get; }

    /// <summary>Head and suffix cue words (not the weak ones) that make a name ending in them an organisation.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongCues { get; }

    /// <summary>Folded organisation names ("revolutionary armed forces of colombia", "farc").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Organisations { get; }

    /// <summary>The first folded word of every organisation name, to try a name lookup only where one can start.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationFirstWords { get; }

    /// <summary>Folded word → 1 given name, 2 family name, 3 both.</summary>
    public FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> People { get; }

    /// <summary>Place names of more than one word that are no organisation whatever their last word ("West Bank", "Ivory Coast"), as written.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNames { get; }

    /// <summary>Words that make a name a natural feature or region ("Bay", "River", "Sahel"; place-classes.tsv, LOC), as written.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FeatureWords { get; }

    /// <summary>Titles and roles before names ("General", "Colonel", "spokesman"), case-sensitive (person-titles.tsv).</summary>
    public FrozenDictionary<string, (PersonWordKind Kind, string Canonical)>.AlternateLookup<ReadOnlySpan<char>> PersonWords { get; }

    /// <summary>The most words in an organisation name.</summary>
    public int LongestOrganisation { get; }

    /// <summary>Reads the lists from the compiled-in resources; <paramref name="resources"/> gives the place and title words they share.</summary>
    public static NerNameLists Load(TextResources resources)
    {
        var cues = new Dictionary<string, OrgCueKind>(StringComparer.Ordinal);
        var strong = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fields in TextResources.Rows("org-cues.tsv"))
        {
            if (fields[1] is "head" or "suffix")
            {
                strong.Add(fields[0]);
            }

            cues[fields[0]] = fields[1] switch
            {
                "head" or "weak" => OrgCueKind.Head,
                "suffix" => OrgCueKind.Suffix,
                "metonym" => OrgCueKind.Metonym,
                _ => throw new InvalidDataException($"org-cues.tsv: bad kind {fields[1]}"),
            };
        }

        var organisations = new HashSet<string>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var fields in TextResources.Rows("org-names.tsv"))
        {
            var key = ToponymFolding.Key(fields[0]);
            if (key.Length > 0)
            {
                organisations.Add(key);
                longest = Math.Max(longest, key.Count(c => c == ' ') + 1);
            }
        }

        var people = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var fields in TextResources.Rows("person-names.tsv"))
        {
            var key = ToponymFolding.Key(fields[0]);
            byte kind = fields[1] switch { "given" => 1, "family" => 2, _ => 3 };
            people[key] = (byte)(people.GetValueOrDefault(key) | kind);
        }

        return new NerNameLists(
            cues.ToFrozenDictionary(StringComparer.Ordinal), strong.ToFrozenSet(StringComparer.Ordinal), organisations.ToFrozenSet(StringComparer.Ordinal), people.ToFrozenDictionary(StringComparer.Ordinal), longest,
            resources);
    }
}