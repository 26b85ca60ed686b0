using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>Entity-level precision, recall and F1 (CoNLL 2003 style: exact span and type) per corpus and label.</summary>
internal static class NerEvaluator
{
    public const string Micro = "micro";
    public const string AllHeldOut = "held-out";
    private static readonly EntityType[] MicroTypes = [EntityType.Person, EntityType.Org, EntityType.Gpe, EntityType.Loc];

    public static ImmutableArray<NerLabelScore> Score(NerModel model, IEnumerable<(PreparedSentence Sentence, bool Pooled)> sentences)
    {
        var counts = new Dictionary<(string Corpus, EntityType Type), int[]>();
        int[] Counts(string corpus, EntityType type)
        {
            if (!counts.TryGetValue((corpus, type), out var c))
            {
                counts[(corpus, type)] = c = new int[3];
            }

            return c;
        }

        foreach (var (sentence, pooled) in sentences)
        {
            var predicted = new int[sentence.Gold.Length];
            model.Tag(sentence.Text, sentence.Tokens, 0, predicted);
            var gold = SpansOf(sentence.Gold);
            var guess = SpansOf(predicted);
            foreach (var corpus in pooled ? new[] { sentence.Corpus, AllHeldOut } : [sentence.Corpus])
            {
                foreach (var span in guess)
                {
                    Counts(corpus, span.Type)[gold.Contains(span) ? 0 : 1]++;
                }

                foreach (var span in gold)
                {
                    if (!guess.Contains(span))
                    {
                        Counts(corpus, span.Type)[2]++;
                    }
                }
            }
        }

        var scores = ImmutableArray.CreateBuilder<NerLabelScore>();
        foreach (var corpus in counts.Keys.Select(k => k.Corpus).Distinct().Order(StringComparer.Ordinal))
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var type in Enum.GetValues<EntityType>())
            {
                var c = counts.GetValueOrDefault((corpus, type)) ?? new int[3];
                scores.Add(new NerLabelScore(corpus, EntityTypeNames.NameOf(type), c[0], c[1], c[2]));
                if (MicroTypes.Contains(type))
                {
                    tp += c[0];
                    fp += c[1];
                    fn += c[2];
                }
            }

            scores.Add(new NerLabelScore(corpus, Micro, tp, fp, fn));
        }

        return scores.ToImmutable();
    }

    /// <summary>
    /// Issue 18's yardstick: PERSON, ORG and place (GPE and LOC as one type, since the team's annotations and most
    /// corpora do not tell them apart), exact spans, NORP left out; per corpus, and pooled over the corpora of each
    /// pool. Labels "PERSON", "ORG", "place" and "micro" (the three pooled).
    /// </summary>
    public static ImmutableArray<NerLabelScore> ScoreNames(
        NerModel model, IReadOnlyList<PreparedSentence> sentences, IReadOnlyList<(string Name, IReadOnlySet<string> Corpora)> pools)
    {
        string[] keys = ["PERSON", "ORG", "place"];
        var counts = new Dictionary<(string Corpus, int Key), int[]>();
        var corpora = new List<string>();
        int[] Counts(string corpus, int key)
        {
            if (!counts.TryGetValue((corpus, key), out var c))
            {
                counts[(corpus, key)] = c = new int[3];
            }

            return c;
        }

        foreach (var sentence in sentences)
        {
            var predicted = new int[sentence.Gold.Length];
            model.Tag(sentence.Text, sentence.Tokens, 0, predicted);
            var gold = NameSpans(sentence.Gold);
            var guess = NameSpans(predicted);
            var targets = pools.Where(p => p.Corpora.Contains(sentence.Corpus)).Select(p => p.Name).Prepend(sentence.Corpus);
            foreach (var corpus in targets)
            {
                if (!corpora.Contains(corpus))
                {
                    corpora.Add(corpus);
                }

                foreach (var span in guess)
                {
                    Counts(corpus, span.Key)[gold.Contains(span) ? 0 : 1]++;
                }

                foreach (var span in gold.Where(g => !guess.Contains(g)))
                {
                    Counts(corpus, span.Key)[2]++;
                }
            }
        }

        var scores = ImmutableArray.CreateBuilder<NerLabelScore>();
        foreach (var corpus in corpora.Where(c => !pools.Any(p => p.Name == c)).Order(StringComparer.Ordinal).Concat(pools.Select(p => p.Name)))
        {
            var micro = new int[3];
            for (var k = 0; k < keys.Length; k++)
            {
                var c = counts.GetValueOrDefault((corpus, k)) ?? new int[3];
                scores.Add(new NerLabelScore(corpus, keys[k], c[0], c[1], c[2]));
                for (var j = 0; j < 3; j++)
                {
                    micro[j] += c[j];
                }
            }

            scores.Add(new NerLabelScore(corpus, Micro, micro[0], micro[1], micro[2]));
        }

        return scores.ToImmutable();
    }

    // Spans keyed 0 person, 1 organisation, 2 place; nationalities dropped.
    private static HashSet<(int Start, int End, int Key)> NameSpans(ReadOnlySpan<int> labels)
    {
        var result = new HashSet<(int, int, int)>();
        foreach (var (start, end, type) in SpansOf(labels))
        {
            int? key = type switch
            {
                EntityType.Person => 0,
                EntityType.Org => 1,
                EntityType.Gpe or EntityType.Loc => 2,
                _ => null,
            };
            if (key is int k)
            {
                result.Add((start, end, k));
            }
        }

        return result;
    }

    /// <summary>Entity spans of a BIO label sequence; an I- after O or another type opens an entity.</summary>
    public static HashSet<(int Start, int End, EntityType Type)> SpansOf(ReadOnlySpan<int> labels)
    {
        var spans = new HashSet<(int, int, EntityType)>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NerLabels.Outside;
            var continues = start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == NerLabels.TypeOf(labels[start]);
            if (start >= 0 && !continues)
            {
                spans.Add((start, i, NerLabels.TypeOf(labels[start])));
                start = -1;
            }

            if (label != NerLabels.Outside && !continues)
            {
                start = i;
            }
        }

        return spans;
    }
}