using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// The features of two reports in one article for the same-event model (issue #20, D6 of docs/event-models.md): type
/// and kind agreement, distance, whether the later one refers back ("the attack"), agreement of date, place, toll and
/// participants, the words the two sentences share, and the cosine of their encoder vectors when both were encoded.
/// </summary>
internal static class PairFeatures
{
    public static FeatureBag For(EventReading reading, int earlierSentence, EventMention earlier, int laterSentence, EventMention later)
    {
        var names = new List<string>(24)
        {
            earlier.Type == later.Type ? "type:same" : "type:diff",
            "types:" + PloverTypeNames.NameOf(earlier.Type) + ">" + PloverTypeNames.NameOf(later.Type),
            "kinds:" + earlier.Kind + ">" + later.Kind,
            "dist:" + SentenceFeatures.Bucket(laterSentence - earlierSentence, [1, 2, 3, 5, 10]),
            "date:" + ValueRelation(earlier.Date, later.Date, (a, b) => a.From <= b.To && b.From <= a.To, (a, b) => a == b),
            "place:" + Relation(earlier.Place, later.Place, (a, b) => a.Country == b.Country, (a, b) => a.Country == b.Country && a.Name == b.Name),
            "fatal:" + ValueRelation(earlier.Fatalities, later.Fatalities, (a, b) => a.Min <= b.Max && b.Min <= a.Max, (a, b) => a == b),
            "actors:" + Relation(Names(earlier), Names(later), (a, b) => a.Overlaps(b), (a, b) => a.SetEquals(b)),
            "overlap:" + SentenceFeatures.Bucket(SharedWords(reading, earlierSentence, laterSentence), [1, 2, 4, 7]),
        };
        var matches = reading.MatchesIn(laterSentence);
        if (matches.Any(m => m.Hit.Anaphoric))
        {
            names.Add("later:anaphoric");
        }

        if (matches.Any(m => m.Hit.PronounSubject))
        {
            names.Add("later:pronoun");
        }

        if (matches.Any(m => m.Hit.InSpeech))
        {
            names.Add("later:speech");
        }

        if (matches.Count == 0)
        {
            names.Add("later:nolex");
        }

        var ruleEarlier = reading.RuleMentionOf(earlierSentence);
        if (ruleEarlier is not null && ReferenceEquals(ruleEarlier, reading.RuleMentionOf(laterSentence)))
        {
            names.Add("rules:joined");
        }

        var dense = Cosine(reading.Document, earlierSentence, laterSentence);
        if (dense is { } cosine)
        {
            names.Add("cos:" + SentenceFeatures.Bucket((int)(cosine * 10), [2, 4, 5, 6, 7, 8]));
        }

        return new FeatureBag(names);
    }

    private static string Relation<T>(T? a, T? b, Func<T, T, bool> compatible, Func<T, T, bool> equal)
        where T : class =>
        a is null && b is null ? "none" : a is null ? "later-only" : b is null ? "earlier-only" : equal(a, b) ? "equal" : compatible(a, b) ? "compatible" : "conflict";

    private static string ValueRelation<T>(T? a, T? b, Func<T, T, bool> compatible, Func<T, T, bool> equal)
        where T : struct =>
        a is not { } x ? (b is null ? "none" : "later-only") : b is not { } y ? "earlier-only" : equal(x, y) ? "equal" : compatible(x, y) ? "compatible" : "conflict";

    private static HashSet<string>? Names(EventMention m) =>
        m.Actors.Count + m.Recipients.Count == 0 ? null : [.. m.Actors.Concat(m.Recipients).Select(a => a.Name)];

    // Content words both sentences use: long words, so function words do not count.
    private static int SharedWords(EventReading reading, int a, int b)
    {
        var words = reading.Words;
        var first = new HashSet<string>(StringComparer.Ordinal);
        var sa = reading.Sentences.Sentences[a];
        for (var i = sa.FirstToken; i < sa.EndToken; i++)
        {
            if (words.IsWord(i) && words.Lower[i].Length >= 5)
            {
                first.Add(SentenceFeatures.Stem(words.LemmaSets[i]));
            }
        }

        var shared = new HashSet<string>(StringComparer.Ordinal);
        var sb = reading.Sentences.Sentences[b];
        for (var i = sb.FirstToken; i < sb.EndToken; i++)
        {
            if (words.IsWord(i) && words.Lower[i].Length >= 5 && first.Contains(SentenceFeatures.Stem(words.LemmaSets[i])))
            {
                shared.Add(SentenceFeatures.Stem(words.LemmaSets[i]));
            }
        }

        return shared.Count;
    }

    private static double? Cosine(Document document, int a, int b)
    {
        if (document.TryGet<EncodingLayer>() is not { } layer || layer.ForSentence(a) is not { } x || layer.ForSentence(b) is not { } y)
        {
            return null;
        }

        var u = x.SentenceVector;
        var v = y.SentenceVector;
        double dot = 0, nu = 0, nv = 0;
        for (var i = 0; i < u.Length && i < v.Length; i++)
        {
            dot += u[i] * v[i];
            nu += u[i] * u[i];
            nv += v[i] * v[i];
        }

        return nu == 0 || nv == 0 ? 0 : dot / Math.Sqrt(nu * nv);
    }
}