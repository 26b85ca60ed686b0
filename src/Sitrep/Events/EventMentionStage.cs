using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The "events" stage: finds event mentions (PLOVER type and mode, kind, modality, participants, date, place, casualty
/// counts, evidence) and direct quotations, and adds an <see cref="EventLayer"/> and a <see cref="QuoteLayer"/>.
/// With trained <see cref="EventModels"/> the models decide which sentences report events, their type and kind, and
/// which reports are one event; without them the hand-written rules do (docs/event-models.md). Reads the token,
/// sentence, entity, time, quantity and place layers, the actor layer when the actor stage ran, and the encoding layer
/// when the encoder ran first.
/// </summary>
public sealed class EventMentionStage : IAnalysisStage
{
    private readonly TriggerScanner scanner;
    private readonly EventModels? models;

    /// <summary>
    /// Creates the stage over a trigger lexicon and, when given, trained models; <paramref name="rules"/> turns rules
    /// off to measure what each is worth (all of them when null).
    /// </summary>
    public EventMentionStage(TriggerLexicon lexicon, EventModels? models = null, EventRuleSet? rules = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        scanner = new TriggerScanner(lexicon, rules ?? EventRuleSet.All);
        this.models = models;
    }

    /// <inheritdoc/>
    public string Name => "events";

    /// <summary>The trained models the stage decides with, or null for the rules alone.</summary>
    public EventModels? Models => models;

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (mentions, quotes) = Find(document);
        document.Add(new EventLayer(mentions));
        document.Add(new QuoteLayer(quotes));
    }

    /// <summary>The event mentions and quotes of <paramref name="document"/>, without adding layers (for benchmarks).</summary>
    internal (List<EventMention> Mentions, List<Quote> Quotes) Find(Document document) => Decide(Read(document), models);

    /// <summary>The mentions and quotes of a read document, decided by <paramref name="models"/>, or by the rules when null.</summary>
    internal static (List<EventMention> Mentions, List<Quote> Quotes) Decide(EventReading reading, EventModels? models)
    {
        var decided = models is null ? reading.RuleMentions : LearnedMentionDecoder.Decode(reading, models);
        var mentions = DatelinePlace.Fill(reading.Document, reading.Sanity.Apply(reading, decided));
        var sentences = reading.Sentences;
        var events = QuoteEvents.Of([.. reading.Quotes.Select(q => sentences.IndexAt(q.Span.Start))], mentions);
        return (mentions, [.. reading.Quotes.Select((q, i) => new Quote(q.Span, q.Speaker, q.SpeakerSpan, events[i]))]);
    }

    /// <summary>What the stage reads of <paramref name="document"/>: lexicon matches, the rules' mentions, drafts (for training).</summary>
    internal EventReading Read(Document document) => EventReading.Read(document, scanner);
}