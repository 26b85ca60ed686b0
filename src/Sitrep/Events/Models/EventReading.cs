using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Everything the event stage reads of one document, once: the rules' lexicon matches (accepted or not), the rules'
/// mentions, the quotes, and the argument finder. The learned decoder and the trainer read sentences and draft
/// mentions from it; the rules' answer is <see cref="RuleMentions"/>.
/// </summary>
internal sealed class EventReading
{
    private readonly EventArguments arguments;
    private readonly List<LexiconMatch>[] matchesBySentence;
    private readonly Dictionary<(int Sentence, PloverType Type), EventMention> drafts = [];

    private EventReading(
        Document document, DocumentWords words, SentenceLayer sentences, EventArguments arguments, List<LexiconMatch> matches,
        List<EventMention> ruleMentions, List<(TextSpan Span, string? Speaker, TextSpan? SpeakerSpan)> quotes, IReadOnlyList<ActorMention> actors)
    {
        Document = document;
        Words = words;
        Sentences = sentences;
        this.arguments = arguments;
        RuleMentions = ruleMentions;
        Quotes = quotes;
        Actors = actors;
        matchesBySentence = new List<LexiconMatch>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            matchesBySentence[s] = [];
        }

        foreach (var m in matches)
        {
            matchesBySentence[m.Hit.Sentence].Add(m);
        }
    }

    public Document Document { get; }

    public DocumentWords Words { get; }

    /// <summary>The checks every mention of this document passes, whichever path decided it.</summary>
    public required EventSanity Sanity { get; init; }

    public SentenceLayer Sentences { get; }

    /// <summary>The mentions the hand-written rules find (the baseline, and features for the models).</summary>
    public List<EventMention> RuleMentions { get; }

    public List<(TextSpan Span, string? Speaker, TextSpan? SpeakerSpan)> Quotes { get; }

    public IReadOnlyList<ActorMention> Actors { get; }

    public static EventReading Read(Document document, TriggerScanner scanner)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var words = new DocumentWords(document, tokens);
        var quotes = QuoteFinder.Find(document, words);
        var times = document.TryGet<TimeLayer>();
        var matches = new List<LexiconMatch>();
        var hits = scanner.Scan(words, sentences, [.. quotes.Select(q => q.Span)], times, matches);
        var actors = ActorCandidates.For(document, words);
        var arguments = new EventArguments(
            document, words, sentences, actors, times, document.TryGet<PlaceLayer>(), document.TryGet<QuantityLayer>());
        var bySentence = hits.GroupBy(h => h.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var candidates = hits
            .Select(h => (Hit: h, Mention: arguments.Build(h, bySentence[h.Sentence])))
            .Where(c => !scanner.Rules.On(EventRule.NotAfterPublication) || c.Hit.Modality == EventModality.Planned || !AfterPublication(document, c.Mention))
            .ToList();
        var mentions = EventMerger.Merge(candidates, document.Text, scanner.Rules).ConvertAll(arguments.WithMainCountry);
        return new EventReading(document, words, sentences, arguments, matches, mentions, quotes, actors) { Sanity = scanner.Sanity };
    }

    /// <summary>Something that happened cannot be dated after the article: "their sentences are due to end in 2029".</summary>
    public static bool AfterPublication(Document document, EventMention mention) =>
        mention.Modality != EventModality.Planned && document.Published is DateOnly published && mention.Date is { } date && date.From > published;

    /// <summary>Every lexicon match of sentence <paramref name="sentence"/>, in text order.</summary>
    public IReadOnlyList<LexiconMatch> MatchesIn(int sentence) => matchesBySentence[sentence];

    /// <summary>The rules' mention that reports <paramref name="sentence"/>, or null.</summary>
    public EventMention? RuleMentionOf(int sentence) => RuleMentions.Find(m => m.SentenceIndexes.Contains(sentence));

    /// <summary>
    /// A mention of an event of <paramref name="type"/> reported in <paramref name="sentence"/>, its arguments found by
    /// the argument finder around the best trigger: a match of that type, else any match (retyped), else the sentence's
    /// first word (a report the lexicon does not cover: participants and place come from the sentence alone).
    /// </summary>
    public EventMention Draft(int sentence, PloverType type)
    {
        if (drafts.TryGetValue((sentence, type), out var cached))
        {
            return cached;
        }

        var matches = matchesBySentence[sentence];
        var hits = matches.Select(m => m.Hit).ToList();
        var hit = matches.Where(m => m.Hit.Entry.Type == type).OrderByDescending(m => m.Accepted).ThenByDescending(m => m.Hit.Strong).Select(m => m.Hit).FirstOrDefault()
            ?? matches.OrderByDescending(m => m.Accepted).Select(m => m.Hit).FirstOrDefault()
            ?? PseudoHit(sentence, type);
        var mention = arguments.Build(hit, hits);
        if (mention.Type != type)
        {
            mention = mention with { Type = type, Mode = null };
        }

        drafts[(sentence, type)] = mention;
        return mention;
    }

    /// <summary>The rules' last touch on a finished mention: a state act with no agent gets the country's police.</summary>
    public EventMention Finish(EventMention mention) => arguments.WithMainCountry(mention);

    private TriggerHit PseudoHit(int sentence, PloverType type)
    {
        var s = Sentences.Sentences[sentence];
        var first = s.FirstToken;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (Words.IsWord(i))
            {
                first = i;
                break;
            }
        }

        var span = new TextSpan(Words.Tokens.StartOf(first), Words.Tokens.EndOf(first));
        var entry = new TriggerEntry([Words.Lower[first]], type, null, TriggerFlags.None, "model");
        return new TriggerHit(sentence, first, first + 1, span, entry, false, false, true, EventKind.Incident, EventModality.Asserted, false);
    }
}