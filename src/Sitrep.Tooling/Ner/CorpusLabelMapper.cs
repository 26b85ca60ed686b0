using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Maps the source corpora's label sets onto ours: PER/person → PERSON; ORG/group/corporation/Organisation → ORG;
/// LOC/location/Location → GPE or LOC by <see cref="TextResources.ClassifyPlace"/>; MISC and Nationality → NORP
/// when the span is a demonym (MISC otherwise dropped); a place-typed ORG that names a country → GPE. Words outside
/// any entity that are demonyms ("American") become NORP in every corpus, since only some corpora tag nationalities.
/// </summary>
internal sealed class CorpusLabelMapper
{
    private readonly TextResources resources;

    public CorpusLabelMapper(TextResources resources) => this.resources = resources;

    public NerSentence Map(string corpus, IReadOnlyList<string> words, IEnumerable<RawSpan> spans)
    {
        var labels = new string[words.Count];
        Array.Fill(labels, "O");
        foreach (var span in spans)
        {
            var spanWords = words.Skip(span.Start).Take(span.End - span.Start).ToList();
            if (MapType(span.Type, spanWords) is not EntityType type)
            {
                continue;
            }

            var name = EntityTypeNames.NameOf(type);
            labels[span.Start] = "B-" + name;
            for (var i = span.Start + 1; i < span.End; i++)
            {
                labels[i] = "I-" + name;
            }
        }

        MarkDemonyms(words, labels);
        return new NerSentence(corpus, [.. words], [.. labels]);
    }

    private EntityType? MapType(string raw, List<string> words)
    {
        switch (raw.ToUpperInvariant())
        {
            case "PER" or "PERSON":
                return EntityType.Person;
            case "ORG" or "GROUP" or "CORPORATION" or "ORGANISATION" or "ORGANIZATION":
                return words.Count <= 3 && resources.Places.Contains(string.Join(' ', words)) ? EntityType.Gpe : EntityType.Org;
            case "LOC" or "LOCATION" or "GPE":
                return resources.ClassifyPlace(words);
            case "MISC" or "NATIONALITY" or "NORP":
                return IsDemonym(words) ? EntityType.Norp : null;
            default:
                return null;
        }
    }

    private bool IsDemonym(List<string> words) => resources.Demonyms.ContainsKey(string.Join(' ', words));

    private void MarkDemonyms(IReadOnlyList<string> words, string[] labels)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (labels[i] != "O")
            {
                continue;
            }

            if (i + 1 < words.Count && labels[i + 1] == "O" && resources.Demonyms.ContainsKey(words[i] + " " + words[i + 1]))
            {
                labels[i] = "B-NORP";
                labels[i + 1] = "I-NORP";
                i++;
            }
            else if (resources.Demonyms.ContainsKey(words[i]))
            {
                labels[i] = "B-NORP";
            }
        }
    }

    /// <summary>Entity spans of a tag column in IOB2 ("B-X", "I-X") or IO ("I-X" throughout) notation.</summary>
    public static ImmutableArray<RawSpan> SpansOf(IReadOnlyList<string> tags)
    {
        var spans = ImmutableArray.CreateBuilder<RawSpan>();
        int start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var isOutside = tag == "O" || tag.Length < 3 || tag[1] != '-';
            var tagType = isOutside ? null : tag[2..];
            var begins = !isOutside && (tag[0] == 'B' || tagType != type);
            if (type is not null && (isOutside || begins))
            {
                spans.Add(new RawSpan(start, i, type));
                type = null;
            }

            if (begins)
            {
                start = i;
                type = tagType;
            }
        }

        return spans.ToImmutable();
    }
}