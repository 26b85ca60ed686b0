using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Sitrep.Events;

/// <summary>
/// A multinomial naive-Bayes classifier of a sentence's PLOVER event type (Manning, Raghavan and Schütze 2008, ch. 13)
/// over lower-cased words, their suffix-stripped forms (<see cref="Lemmas"/>) and word bigrams, with add-one smoothing.
/// Trained on the PLOVER gold records; a baseline for the trigger lexicon, not a stage of the pipeline (it does not
/// know whether a sentence reports an event at all, only which type it would be).
/// </summary>
public sealed class PloverTypeClassifier
{
    private const string Prior = "<prior>";

    private readonly FrozenDictionary<PloverType, FrozenDictionary<string, int>> counts;
    private readonly FrozenDictionary<PloverType, int> documents;
    private readonly FrozenDictionary<PloverType, int> totals;
    private readonly int vocabulary;
    private readonly int allDocuments;

    private PloverTypeClassifier(Dictionary<PloverType, Dictionary<string, int>> counts, Dictionary<PloverType, int> documents)
    {
        this.counts = counts.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal));
        this.documents = documents.ToFrozenDictionary();
        totals = counts.ToFrozenDictionary(p => p.Key, p => p.Value.Values.Sum());
        vocabulary = counts.Values.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal).Count();
        allDocuments = documents.Values.Sum();
    }

    /// <summary>Counts the features of <paramref name="records"/>.</summary>
    public static PloverTypeClassifier Train(IEnumerable<PloverGoldRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var counts = new Dictionary<PloverType, Dictionary<string, int>>();
        var documents = new Dictionary<PloverType, int>();
        foreach (var record in records)
        {
            documents[record.Type] = documents.GetValueOrDefault(record.Type) + 1;
            if (!counts.TryGetValue(record.Type, out var table))
            {
                counts[record.Type] = table = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var feature in Features(record.Text))
            {
                table[feature] = table.GetValueOrDefault(feature) + 1;
            }
        }

        return new PloverTypeClassifier(counts, documents);
    }

    /// <summary>The most probable type of <paramref name="text"/>, or null for a classifier trained on nothing.</summary>
    public PloverType? Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var features = Features(text).ToList();
        PloverType? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var (type, table) in counts.OrderBy(p => p.Key))
        {
            var denominator = Math.Log(totals[type] + vocabulary + 1);
            var score = Math.Log((double)documents[type] / allDocuments);
            foreach (var feature in features)
            {
                score += Math.Log(table.GetValueOrDefault(feature) + 1) - denominator;
            }

            if (score > bestScore)
            {
                best = type;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Writes the counts as <c>TYPE TAB feature TAB count</c> rows, prior rows first, in a stable order.</summary>
    public void Write(TextWriter writer, string header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        foreach (var line in header.Split('\n'))
        {
            writer.Write("# ");
            writer.Write(line.TrimEnd('\r'));
            writer.Write('\n');
        }

        foreach (var (type, table) in counts.OrderBy(p => p.Key))
        {
            var name = PloverTypeNames.NameOf(type);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{name}\t{Prior}\t{documents[type]}\n"));
            foreach (var (feature, count) in table.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{name}\t{feature}\t{count}\n"));
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a malformed row is a <see cref="FormatException"/> (the file is ours).</summary>
    public static PloverTypeClassifier Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var counts = new Dictionary<PloverType, Dictionary<string, int>>();
        var documents = new Dictionary<PloverType, int>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || !PloverTypeNames.TryParse(cells[0], out var type)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"PLOVER type model: malformed row '{line}'.");
            }

            if (cells[1] == Prior)
            {
                documents[type] = count;
                counts.TryAdd(type, new Dictionary<string, int>(StringComparer.Ordinal));
            }
            else if (counts.TryGetValue(type, out var table))
            {
                table[cells[1]] = count;
            }
            else
            {
                throw new FormatException($"PLOVER type model: feature row before the prior row of {cells[0]}.");
            }
        }

        return new PloverTypeClassifier(counts, documents);
    }

    // Words, their stripped forms ("agreed" → agree) and word bigrams ("call for"); numbers and punctuation are dropped.
    internal static IEnumerable<string> Features(string text)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var form in Lemmas.Of(words[i]).Distinct(StringComparer.Ordinal))
            {
                yield return form;
            }

            if (i + 1 < words.Count)
            {
                yield return words[i] + " " + words[i + 1];
            }
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c) || (current.Length > 0 && c is '-' or '\''))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().TrimEnd('-', '\''));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString().TrimEnd('-', '\''));
        }

        return words;
    }
}