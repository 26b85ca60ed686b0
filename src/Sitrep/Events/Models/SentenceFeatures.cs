using System.Globalization;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// The features of one sentence for the detector, type and kind models (docs/event-models.md): its words' stems, what
/// the trigger lexicon and the rules say of each match (type, mode, voice, modality, accepted or filtered), what the
/// other layers found in it (a resolved date, a count of people, a place, named people and organisations, quotes), its
/// position, and the encoder's sentence vector when the document carries one.
/// </summary>
internal static class SentenceFeatures
{
    public static FeatureBag For(EventReading reading, int index)
    {
        var names = new List<string>(64);
        var sentence = reading.Sentences.Sentences[index];
        var words = reading.Words;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (words.IsWord(i))
            {
                names.Add("w:" + Stem(words.LemmaSets[i]));
            }
            else if (words.Tokens.KindOf(i) == TokenKind.Number)
            {
                names.Add("num");
            }
        }

        // What the neighbouring sentences' triggers are: a report is often told over two sentences.
        for (var n = Math.Max(0, index - 1); n <= Math.Min(reading.Sentences.Count - 1, index + 1); n++)
        {
            foreach (var m in n == index ? [] : reading.MatchesIn(n))
            {
                names.Add((n < index ? "prevlex:" : "nextlex:") + PloverTypeNames.NameOf(m.Hit.Entry.Type) + (m.Accepted ? ":acc" : ":rej"));
            }
        }

        AddMatches(names, reading.MatchesIn(index));
        if (reading.RuleMentionOf(index) is { } rule)
        {
            names.Add("rule:" + PloverTypeNames.NameOf(rule.Type));
            names.Add("rulekind:" + rule.Kind);
            names.Add(rule.SentenceIndexes[0] == index ? "rule:opens" : "rule:continues");
        }
        else
        {
            names.Add("rule:none");
        }

        if (index > 0 && reading.RuleMentionOf(index - 1) is not null)
        {
            names.Add("prev:rule");
        }

        AddLayers(names, reading.Document, sentence.Span, reading.Quotes);
        names.Add("pos:" + Bucket(index, [0, 1, 2, 4, 8]));
        if (index == reading.Sentences.Count - 1)
        {
            names.Add("pos:last");
        }

        names.Add("len:" + Bucket(sentence.TokenCount, [8, 15, 25, 40]));
        return new FeatureBag(names, DenseOf(reading.Document, index));
    }

    /// <summary>The shortest candidate base form: a crude stem that folds "strikes", "striking" and "strike".</summary>
    public static string Stem(string[] lemmas)
    {
        var best = lemmas[0];
        foreach (var l in lemmas)
        {
            if (l.Length < best.Length)
            {
                best = l;
            }
        }

        return best;
    }

    /// <summary>"0", "1", "2-3" …: the bucket of <paramref name="value"/> among ascending lower bounds.</summary>
    public static string Bucket(int value, int[] bounds)
    {
        for (var b = bounds.Length - 1; b >= 0; b--)
        {
            if (value >= bounds[b])
            {
                return bounds[b].ToString(CultureInfo.InvariantCulture) + (b == bounds.Length - 1 ? "+" : "");
            }
        }

        return "<" + bounds[0].ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The encoder's vector of sentence <paramref name="index"/>, or empty when it was not encoded.</summary>
    public static ReadOnlyMemory<float> DenseOf(Document document, int index) =>
        document.TryGet<EncodingLayer>()?.ForSentence(index) is { } encoded ? encoded.SentenceVector.ToArray() : ReadOnlyMemory<float>.Empty;

    private static void AddMatches(List<string> names, IReadOnlyList<LexiconMatch> matches)
    {
        if (matches.Count == 0)
        {
            names.Add("lex:none");
        }

        foreach (var (hit, accepted) in matches)
        {
            var type = PloverTypeNames.NameOf(hit.Entry.Type);
            names.Add("lex:" + type);
            names.Add("lexform:" + string.Join('_', hit.Entry.Lemmas));
            names.Add((accepted ? "acc:" : "rej:") + type);
            if (hit.Entry.Mode is { } mode)
            {
                names.Add("lexmode:" + mode);
            }

            names.Add("mod:" + hit.Modality);
            names.Add("kind:" + hit.Kind);
            if (hit.Entry.IsNoun)
            {
                names.Add("lex:noun");
            }

            if (hit.Entry.IsWeak)
            {
                names.Add(hit.Strong ? "lex:weak-licensed" : "lex:weak");
            }

            if ((hit.Entry.Flags & TriggerFlags.Statement) != 0)
            {
                names.Add("lex:statement");
            }

            if (hit.Anaphoric)
            {
                names.Add("lex:anaphoric");
            }

            if (hit.InSpeech)
            {
                names.Add("lex:speech");
            }

            if (hit.Passive)
            {
                names.Add("lex:passive");
            }

            if (hit.PronounSubject)
            {
                names.Add("lex:pronoun");
            }
        }
    }

    private static void AddLayers(List<string> names, Document document, TextSpan span, List<(TextSpan Span, string? Speaker, TextSpan? SpeakerSpan)> quotes)
    {
        if (document.TryGet<TimeLayer>() is { } times)
        {
            foreach (var t in times.Expressions)
            {
                if (span.Contains(t.Span))
                {
                    names.Add(t.Interval is null ? "time:unresolved" : "time:" + t.Precision);
                    if (t.Interval is { } interval && document.Published is DateOnly published)
                    {
                        names.Add("time:" + (interval.From > published ? "future" : published.DayNumber - interval.To.DayNumber <= 7 ? "recent" : "past"));
                    }
                }
            }
        }

        if (document.TryGet<QuantityLayer>() is { } quantities)
        {
            foreach (var q in quantities.Quantities)
            {
                if (span.Contains(q.Span) && q.Semantics != QuantitySemantics.None)
                {
                    names.Add("q:" + q.Semantics);
                }
            }
        }

        if (document.TryGet<PlaceLayer>() is { } places && places.Items.Any(p => span.Contains(p.Span)))
        {
            names.Add("place");
        }

        if (document.TryGet<EntityLayer>() is { } entities)
        {
            foreach (var e in entities.Entities)
            {
                if (span.Contains(e.Span))
                {
                    names.Add("ent:" + e.Type);
                }
            }
        }

        if (quotes.Any(q => q.Span.Start < span.End && span.Start < q.Span.End))
        {
            names.Add("quote");
        }
    }
}