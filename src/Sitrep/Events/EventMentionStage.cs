using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// The "events" stage: finds event mentions (PLOVER type and mode, kind, modality, participants, date, place, casualty
/// counts, evidence) and direct quotations, and adds an <see cref="EventLayer"/> and a <see cref="QuoteLayer"/>.
/// Reads the token, sentence, entity, time, quantity and place layers, and the actor layer when the actor stage ran.
/// </summary>
public sealed class EventMentionStage : IAnalysisStage
{
    private readonly TriggerScanner scanner;

    /// <summary>Creates the stage over a trigger lexicon.</summary>
    public EventMentionStage(TriggerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        scanner = new TriggerScanner(lexicon);
    }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (mentions, quotes) = Find(document);
        document.Add(new EventLayer(mentions));
        document.Add(new QuoteLayer(quotes));
    }

    /// <summary>The event mentions and quotes of <paramref name="document"/>, without adding layers (for benchmarks).</summary>
    internal (List<EventMention> Mentions, List<Quote> Quotes) Find(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var words = new DocumentWords(document, tokens);
        var quotes = QuoteFinder.Find(document, words);
        var times = document.TryGet<TimeLayer>();
        var hits = scanner.Scan(words, sentences, [.. quotes.Select(q => q.Span)], times);
        var arguments = new EventArguments(
            document, words, sentences, ActorCandidates.For(document, words), times,
            document.TryGet<PlaceLayer>(), document.TryGet<QuantityLayer>());
        // Something that happened cannot be dated after the article: "their sentences are due to end in 2029".
        var candidates = hits
            .Select(h => (Hit: h, Mention: arguments.Build(h, [.. hits.Where(o => o.Sentence == h.Sentence)])))
            .Where(c => c.Hit.Modality == EventModality.Planned || document.Published is not DateOnly published
                || c.Mention.Date is not { } date || date.From <= published)
            .ToList();
        var mentions = EventMerger.Merge(candidates, document.Text).ConvertAll(arguments.WithMainCountry);
        return (mentions, [.. quotes.Select(q => new Quote(q.Span, q.Speaker, q.SpeakerSpan, EventOf(q.Span, sentences, mentions)))]);
    }

    // The mention reported in the sentence the quote opens in, else the nearest mention reported before it.
    private static int? EventOf(TextSpan quote, SentenceLayer sentences, List<EventMention> mentions)
    {
        var sentence = sentences.IndexAt(quote.Start);
        var exact = mentions.FindIndex(m => m.SentenceIndexes.Contains(sentence));
        if (exact >= 0)
        {
            return exact;
        }

        var last = mentions.FindLastIndex(m => m.SentenceIndexes[0] < sentence && sentence - m.SentenceIndexes[^1] <= 2);
        return last >= 0 ? last : null;
    }
}