using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Text.Lexicon;

/// <summary>
/// The word tables of data/ner/*.tsv (compiled in as resources): demonyms and the places they name, the words that
/// make a place a natural feature or region (LOC) rather than a political entity (GPE), and titles and roles.
/// Immutable and thread-safe: the composition root loads them once (<see cref="Load"/>) and passes them to the stages.
/// </summary>
internal sealed class TextResources
{
    private TextResources(
        FrozenDictionary<string, string> demonyms,
        FrozenDictionary<string, EntityType> placeClasses,
        FrozenDictionary<string, (PersonWordKind Kind, string Canonical)> personWords)
    {
        Demonyms = demonyms;
        DemonymLookup = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceClasses = placeClasses;
        PersonWords = personWords;
        PersonWordLookup = personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Places = demonyms.Values.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Demonym (and plural) → the place it names: "Ecuadoran" → "Ecuador". Case-sensitive.</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    /// <summary>The places demonyms name ("Ecuador", "United States"), case-insensitive.</summary>
    public FrozenSet<string> Places { get; }

    /// <summary>Word or whole name → LOC or GPE.</summary>
    public FrozenDictionary<string, EntityType> PlaceClasses { get; }

    /// <summary>Title and role words → kind and canonical form. Case-sensitive ("General" is a title, "general" is not).</summary>
    public FrozenDictionary<string, (PersonWordKind Kind, string Canonical)> PersonWords { get; }

    public FrozenDictionary<string, (PersonWordKind Kind, string Canonical)>.AlternateLookup<ReadOnlySpan<char>> PersonWordLookup { get; }

    /// <summary>LOC when the place name is a region or contains a natural-feature word, else GPE.</summary>
    public EntityType ClassifyPlace(IReadOnlyList<string> words)
    {
        var name = string.Join(' ', words);
        if (PlaceClasses.TryGetValue(name, out var whole))
        {
            return whole;
        }

        foreach (var word in words)
        {
            if (PlaceClasses.TryGetValue(word, out var type) && type == EntityType.Loc)
            {
                return EntityType.Loc;
            }
        }

        return EntityType.Gpe;
    }

    /// <summary>Reads the tables from the compiled-in resources.</summary>
    public static TextResources Load()
    {
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in Rows("demonyms.tsv"))
        {
            var word = fields[0];
            demonyms[word] = fields[1];
            var plural = Plural(word);
            if (plural is not null)
            {
                demonyms.TryAdd(plural, fields[1]);
            }
        }

        var places = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var fields in Rows("place-classes.tsv"))
        {
            places[fields[0]] = EntityTypeNames.Parse(fields[1]) ?? throw new InvalidDataException($"place-classes.tsv: bad type {fields[1]}");
        }

        var persons = new Dictionary<string, (PersonWordKind, string)>(StringComparer.Ordinal);
        foreach (var fields in Rows("person-titles.tsv"))
        {
            var kind = fields[1] == "title" ? PersonWordKind.Title : PersonWordKind.Role;
            persons[fields[0]] = (kind, fields.Length > 2 && fields[2].Length > 0 ? fields[2] : fields[0]);
        }

        return new TextResources(
            demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            places.ToFrozenDictionary(StringComparer.Ordinal),
            persons.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // Nationality nouns: "American" → "Americans", "Iraqi" → "Iraqis"; adjectives in -ese, -ish, -ch have none.
    private static string? Plural(string word) =>
        word.Contains(' ', StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('s')
            ? null
            : word + "s";

    internal static IEnumerable<string[]> Rows(string name)
    {
        using var stream = typeof(TextResources).Assembly.GetManifestResourceStream("Sitrep.Text." + name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}