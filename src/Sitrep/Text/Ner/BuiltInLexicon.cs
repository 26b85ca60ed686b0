using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Word-list evidence from Sitrep's own tables (data/ner/*.tsv), always on: demonyms, the countries and regions
/// they name, region names, and title and role words. External gazetteers come through <see cref="INerGazetteer"/>.
/// Names are matched case-sensitively on whole tokens, up to four tokens long, by hashing the words.
/// </summary>
internal sealed class BuiltInLexicon : INerGazetteer
{
    public const ushort Demonym = 1;
    public const ushort PlaceBegin = 2;
    public const ushort PlaceInside = 3;
    public const ushort RegionBegin = 4;
    public const ushort RegionInside = 5;
    public const ushort Title = 6;
    public const ushort Role = 7;
    private const int LongestName = 4;

    private readonly TextResources resources;
    private readonly FrozenDictionary<ulong, bool> names; // hash of the words → is a region (LOC)

    public BuiltInLexicon(TextResources resources)
    {
        this.resources = resources;
        var map = new Dictionary<ulong, bool>();
        foreach (var place in resources.Places)
        {
            map.TryAdd(HashWords(place.Split(' ')), false);
        }

        foreach (var (name, type) in resources.PlaceClasses)
        {
            if (char.IsUpper(name[0]) && (name.Contains(' ', StringComparison.Ordinal) || type == EntityType.Gpe || !IsFeatureWord(name)))
            {
                map[HashWords(name.Split(' '))] = type == EntityType.Loc;
            }
        }

        names = map.ToFrozenDictionary();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Tag(string text, TokenLayer tokens, int firstToken, Span<ushort> codes)
    {
        var count = codes.Length;
        for (var i = 0; i < count; i++)
        {
            var word = tokens.TextOf(text, firstToken + i);
            if (resources.DemonymLookup.ContainsKey(word))
            {
                codes[i] = Demonym;
            }
            else if (resources.PersonWordLookup.TryGetValue(word, out var entry))
            {
                codes[i] = entry.Kind == PersonWordKind.Title ? Title : Role;
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (!char.IsUpper(tokens.TextOf(text, firstToken + i)[0]))
            {
                continue;
            }

            var hash = FeatureHash.Start;
            for (var length = 1; length <= LongestName && i + length <= count; length++)
            {
                if (length > 1)
                {
                    hash = FeatureHash.Add(hash, ' ');
                }

                foreach (var c in tokens.TextOf(text, firstToken + i + length - 1))
                {
                    hash = FeatureHash.Add(hash, c);
                }

                if (names.TryGetValue(hash, out var region))
                {
                    codes[i] = region ? RegionBegin : PlaceBegin;
                    for (var k = 1; k < length; k++)
                    {
                        codes[i + k] = region ? RegionInside : PlaceInside;
                    }
                }
            }
        }
    }

    // Single natural-feature words ("Sea", "River") mark LOC inside longer names; alone they are no place.
    private static bool IsFeatureWord(string name) => name is "Ocean" or "Sea" or "Gulf" or "Bay" or "Strait" or "Straits" or "Channel"
        or "Canal" or "River" or "Lake" or "Mountains" or "Mountain" or "Mount" or "Mt." or "Range" or "Hills" or "Valley" or "Desert"
        or "Forest" or "Jungle" or "Peninsula" or "Island" or "Islands" or "Isle" or "Coast" or "Basin" or "Plateau" or "Delta"
        or "Highlands" or "Hemisphere" or "Plain" or "Plains" or "Glacier" or "Cape" or "Reef" or "Falls";

    private static ulong HashWords(string[] words)
    {
        var hash = FeatureHash.Start;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                hash = FeatureHash.Add(hash, ' ');
            }

            foreach (var c in words[w])
            {
                hash = FeatureHash.Add(hash, c);
            }
        }

        return hash;
    }
}