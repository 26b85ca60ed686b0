using System.Buffers;
using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Dictionary evidence for the tagger from Sitrep's geography gazetteer and the name lists of data/ner: each token
/// gets a code packing the place class of the longest gazetteer name it lies in (country, division, populated place
/// by population, water, region), whether it lies in a listed organisation name, whether it is an organisation cue
/// word or lies in a capitalised name holding one ("Ministry of Defence"), and whether it is a listed given or
/// family name. Dictionary features as in Ratinov and Roth (2009). Immutable and thread-safe; reuses the loaded
/// <see cref="Gazetteer"/>.
/// </summary>
public sealed class GeoNerGazetteer : INerGazetteer
{
    /// <summary>Bits of a code: place class with begin/inside (0–4), organisation name B/I (5–6), cue word kind (7–8), cue span B/I (9–10), person name kind (11–12).</summary>
    internal const int OrgNameShift = 5;
    internal const int CueWordShift = 7;
    internal const int CueSpanShift = 9;
    internal const int PersonShift = 11;
    private const int LongestPlace = 6;

    // Words that may join the capitalised words of an organisation name ("Ministry of Defence", "Comandos de la Frontera").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["of", "for", "and", "the", "on", "de", "la", "del", "los", "las", "el", "al", "du", "des", "&"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Gazetteer gazetteer;
    private readonly NerNameLists lists;

    /// <summary>
    /// Evidence from <paramref name="gazetteer"/> (load it once and share it with the place stage) and the built-in name
    /// lists, read for this instance; the standard pipeline passes the lists it loaded once instead.
    /// </summary>
    public GeoNerGazetteer(Gazetteer gazetteer)
        : this(gazetteer, NerNameLists.Load(TextResources.Load()))
    {
    }

    internal GeoNerGazetteer(Gazetteer gazetteer, NerNameLists lists)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lists);
        this.gazetteer = gazetteer;
        this.lists = lists;
    }

    private enum PlaceClass
    {
        None,
        Country,
        Admin1,
        Water,
        Region,
        MillionPlace,
        CityPlace,
        TownPlace,
        SmallPlace,
        CommonWord,
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Tag(string text, TokenLayer tokens, int firstToken, Span<ushort> codes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var count = codes.Length;
        codes.Clear();
        if (count == 0)
        {
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent((tokens.EndOf(firstToken + count - 1) - tokens.StartOf(firstToken)) + count + 1);
        var bounds = ArrayPool<int>.Shared.Rent(2 * count);
        try
        {
            var length = 0;
            for (var i = 0; i < count; i++)
            {
                var word = tokens.TextOf(text, firstToken + i);
                var start = -1;
                var inner = false;
                foreach (var c in word)
                {
                    if (!ToponymFolding.IsWordChar(c))
                    {
                        inner = start >= 0;
                        continue;
                    }

                    if (start < 0)
                    {
                        if (length > 0)
                        {
                            buffer[length++] = ' ';
                        }

                        start = length;
                    }
                    else if (inner)
                    {
                        buffer[length++] = ' ';
                        inner = false;
                    }

                    buffer[length++] = ToponymFolding.Fold(c);
                }

                bounds[2 * i] = start;
                bounds[(2 * i) + 1] = length;
            }

            var folded = buffer.AsSpan(0, length);
            TagPlaces(text, tokens, firstToken, folded, bounds, codes);
            TagOrganisations(text, tokens, firstToken, folded, bounds, codes);
            TagCuesAndPeople(text, tokens, firstToken, folded, bounds, codes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    private static bool IsCapitalised(string text, TokenLayer tokens, int token) => char.IsUpper(text[tokens.StartOf(token)]);

    private static bool IsWord(int[] bounds, int i) => bounds[2 * i] >= 0;

    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> folded, int[] bounds, int first, int last) =>
        folded[bounds[2 * first]..bounds[(2 * last) + 1]];

    private static void Mark(Span<ushort> codes, int first, int last, int shift, int beginValue, int insideValue)
    {
        codes[first] |= (ushort)(beginValue << shift);
        for (var k = first + 1; k <= last; k++)
        {
            codes[k] |= (ushort)(insideValue << shift);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TagPlaces(string text, TokenLayer tokens, int firstToken, ReadOnlySpan<char> folded, int[] bounds, Span<ushort> codes)
    {
        var count = codes.Length;
        var entries = new List<int>(8);
        for (var i = 0; i < count; i++)
        {
            if (!IsWord(bounds, i) || !IsCapitalised(text, tokens, firstToken + i))
            {
                continue;
            }

            for (var last = Math.Min(count - 1, i + LongestPlace - 1); last >= i; last--)
            {
                if (!IsCapitalised(text, tokens, firstToken + last) || !AllWords(bounds, i, last))
                {
                    continue;
                }

                var key = Key(folded, bounds, i, last);
                entries.Clear();
                if (!gazetteer.Find(key, entries))
                {
                    continue;
                }

                var cls = Classify(key, entries, last == i && IsAcronym(text, tokens, firstToken + i));
                if (cls == PlaceClass.None)
                {
                    break;
                }

                Mark(codes, i, last, 0, ((int)cls * 2) - 1, (int)cls * 2);
                i = last;
                break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TagOrganisations(string text, TokenLayer tokens, int firstToken, ReadOnlySpan<char> folded, int[] bounds, Span<ushort> codes)
    {
        var count = codes.Length;
        for (var i = 0; i < count; i++)
        {
            if (!IsWord(bounds, i) || !IsCapitalised(text, tokens, firstToken + i))
            {
                continue;
            }

            for (var last = Math.Min(count - 1, i + lists.LongestOrganisation - 1); last >= i; last--)
            {
                if (IsCapitalised(text, tokens, firstToken + last) && AllWords(bounds, i, last) && lists.Organisations.Contains(Key(folded, bounds, i, last)))
                {
                    Mark(codes, i, last, OrgNameShift, 1, 2);
                    i = last;
                    break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TagCuesAndPeople(string text, TokenLayer tokens, int firstToken, ReadOnlySpan<char> folded, int[] bounds, Span<ushort> codes)
    {
        var count = codes.Length;
        var runStart = -1;
        var runHasCue = false;
        for (var i = 0; i <= count; i++)
        {
            var capitalised = i < count && IsWord(bounds, i) && IsCapitalised(text, tokens, firstToken + i);
            if (capitalised)
            {
                var word = tokens.TextOf(text, firstToken + i);
                if (lists.Cues.TryGetValue(word, out var cue))
                {
                    codes[i] |= (ushort)((int)cue << CueWordShift);
                    runHasCue |= cue != NerNameLists.OrgCueKind.Metonym;
                }

                if (lists.People.TryGetValue(Key(folded, bounds, i, i), out var person))
                {
                    codes[i] |= (ushort)(person << PersonShift);
                }

                if (runStart < 0 && !word.SequenceEqual("The"))
                {
                    runStart = i;
                }

                continue;
            }

            // A connector inside a run keeps it open when a capitalised word follows.
            if (runStart >= 0 && i + 1 < count && Connectors.Contains(tokens.TextOf(text, firstToken + i))
                && IsWord(bounds, i + 1) && IsCapitalised(text, tokens, firstToken + i + 1))
            {
                continue;
            }

            if (runStart >= 0 && runHasCue)
            {
                Mark(codes, runStart, i - 1, CueSpanShift, 1, 2);
            }

            runStart = -1;
            runHasCue = false;
        }
    }

    private static bool AllWords(int[] bounds, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!IsWord(bounds, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(string text, TokenLayer tokens, int token)
    {
        var word = tokens.TextOf(text, token);
        if (word.Length > 5)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PlaceClass Classify(ReadOnlySpan<char> key, List<int> entries, bool acronym)
    {
        var best = PlaceClass.None;
        long population = -1;
        var country = false;
        foreach (var e in entries)
        {
            var entry = gazetteer.Entry(e);
            country |= entry.Kind == GazetteerEntryKind.Country;
            var cls = entry.Kind switch
            {
                GazetteerEntryKind.Country => PlaceClass.Country,
                GazetteerEntryKind.Admin1 => PlaceClass.Admin1,
                GazetteerEntryKind.Water => PlaceClass.Water,
                GazetteerEntryKind.Region or GazetteerEntryKind.Border => PlaceClass.Region,
                _ => PlaceClass.SmallPlace,
            };
            if (cls == PlaceClass.SmallPlace)
            {
                population = Math.Max(population, entry.Population);
            }

            if (best == PlaceClass.None || (cls != PlaceClass.SmallPlace && cls < best) || (best == PlaceClass.SmallPlace && cls != PlaceClass.SmallPlace))
            {
                best = cls;
            }
        }

        // Acronyms ("FARC", "CDF") are organisations unless they name a country ("US", "UAE"), as in ToponymMatcher.
        if (acronym && !country)
        {
            return PlaceClass.None;
        }

        if (!country && gazetteer.IsCommonWord(key))
        {
            return PlaceClass.CommonWord;
        }

        return best != PlaceClass.SmallPlace ? best
            : population >= 1_000_000 ? PlaceClass.MillionPlace
            : population >= 100_000 ? PlaceClass.CityPlace
            : population >= 10_000 ? PlaceClass.TownPlace
            : PlaceClass.SmallPlace;
    }
}