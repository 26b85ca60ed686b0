using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text.Lexicon;
using Sitrep.Text.Ner;

namespace Sitrep.Text;

/// <summary>
/// Adds an <see cref="EntityLayer"/>: tags each sentence with the <see cref="NerModel"/>, trims names to their
/// words (no quotes, no possessive "'s", no leading titles), reads titles and roles of people, and links mentions
/// of one entity within the document. Reads the token and sentence layers.
/// </summary>
public sealed class EntityStage : IAnalysisStage
{
    private readonly NerModel model;
    private readonly PersonTitleReader titles;
    private readonly EntityLinker linker;
    private readonly DiscourseConsistency consistency;
    private readonly AcronymRepair acronyms;
    private readonly SourceCueRepair sources;

    /// <summary>Creates the stage around a loaded model.</summary>
    public EntityStage(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        // The repairs read the tables the model was loaded with, so one load serves the tagger and the stage.
        var tables = model.Tables;
        titles = new PersonTitleReader(tables.Words, tables.Names);
        linker = new EntityLinker(tables.Words);
        consistency = new DiscourseConsistency(tables.Words);
        acronyms = new AcronymRepair(tables.Words);
        sources = new SourceCueRepair(tables.Words, tables.Names, model.Gazetteer);
    }

    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public void Process(Document document) => Process(document, CancellationToken.None);

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Add(Find(document.Text, document.Get<TokenLayer>(), document.Get<SentenceLayer>(), document.TryGet<LeadLayer>()?.NotActorSpans(), cancellationToken));
    }

    /// <summary>The entities of <paramref name="text"/> given its tokens and sentences.</summary>
    public EntityLayer Find(string text, TokenLayer tokens, SentenceLayer sentences) => Find(text, tokens, sentences, null, CancellationToken.None);

    /// <summary>The entities of <paramref name="text"/>, checking <paramref name="cancellationToken"/> at every sentence and between the repairs.</summary>
    public EntityLayer Find(string text, TokenLayer tokens, SentenceLayer sentences, CancellationToken cancellationToken) =>
        Find(text, tokens, sentences, null, cancellationToken);

    /// <summary>
    /// The entities of <paramref name="text"/>, checking <paramref name="cancellationToken"/> at every sentence and
    /// between the repairs. Names overlapping <paramref name="notEntities"/> (a dateline, a byline:
    /// <see cref="LeadLayer.NotActorSpans"/>) are dropped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EntityLayer Find(string text, TokenLayer tokens, SentenceLayer sentences, IReadOnlyList<TextSpan>? notEntities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var candidates = new List<EntityCandidate>();
        var sentenceOf = new List<Sentence>();
        foreach (var sentence in sentences.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var labels = ArrayPool<int>.Shared.Rent(sentence.TokenCount);
            try
            {
                var span = labels.AsSpan(0, sentence.TokenCount);
                model.Tag(text, tokens, sentence.FirstToken, span);
                titles.MarkNamesAfterTitles(text, tokens, sentence, span);
                titles.MarkNamesBeforeRoles(text, tokens, sentence, span);
                // The spans of NerEvaluator.SpansOf in order of their start, read in one pass without a set or a sort.
                var start = -1;
                for (var i = 0; i <= span.Length; i++)
                {
                    var label = i < span.Length ? span[i] : NerLabels.Outside;
                    var continues = start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == NerLabels.TypeOf(span[start]);
                    if (start >= 0 && !continues)
                    {
                        var entity = Trim(text, tokens, new EntityCandidate(sentence.FirstToken + start, sentence.FirstToken + i, NerLabels.TypeOf(span[start])));
                        if (entity is { } kept)
                        {
                            candidates.Add(kept);
                            sentenceOf.Add(sentence);
                        }

                        start = -1;
                    }

                    if (label != NerLabels.Outside && !continues)
                    {
                        start = i;
                    }
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(labels);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        consistency.Apply(text, tokens, candidates);
        acronyms.Apply(text, tokens, sentences.Sentences, candidates, sentenceOf);
        sources.Apply(text, tokens, sentences.Sentences, candidates, sentenceOf);
        DropInside(notEntities, tokens, candidates, sentenceOf);
        SortByPosition(candidates, sentenceOf);
        cancellationToken.ThrowIfCancellationRequested();

        var entityAt = new int[tokens.Count];
        Array.Fill(entityAt, -1);
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var t = candidates[i].First; t < candidates[i].End; t++)
            {
                entityAt[t] = i;
            }
        }

        var links = linker.Link(text, tokens, candidates);
        cancellationToken.ThrowIfCancellationRequested();
        var entities = ImmutableArray.CreateBuilder<Entity>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var description = c.Type == EntityType.Person
                ? titles.Describe(text, tokens, sentenceOf[i], c, candidates, entityAt)
                : default;
            entities.Add(new Entity(
                new TextSpan(tokens.StartOf(c.First), tokens.EndOf(c.End - 1)),
                c.Type,
                description.Title,
                description.Role,
                description.Organization,
                links[i] < 0 ? null : links[i]));
        }

        return new EntityLayer(entities.MoveToImmutable());
    }

    // Names do not start or end with punctuation or a possessive, and a person's name does not start with a title.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EntityCandidate? Trim(string text, TokenLayer tokens, EntityCandidate entity)
    {
        var first = entity.First;
        var end = entity.End;
        while (first < end && IsEdgeJunk(text, tokens, first))
        {
            first++;
        }

        while (end > first && (IsEdgeJunk(text, tokens, end - 1) || tokens.TextOf(text, end - 1) is "'s" or "’s" or "'" or "’"))
        {
            end--;
        }

        if (entity.Type == EntityType.Person && end > first)
        {
            first = titles.PeelTitles(text, tokens, first, end);
        }

        if (end > first && titles.PeelTitles(text, tokens, first, end) == end - 1 && titles.IsTitleOrRole(text, tokens, end - 1))
        {
            return null; // "Chief", "General Commander": titles and roles alone name no one.
        }

        if (end > first && !HasCapital(text, tokens, first, end))
        {
            return null; // "police", "army": news capitalises names; all-lower-case spans are what tweets taught the tagger.
        }

        return end > first ? entity with { First = first, End = end } : null;
    }

    // Repairs append names; the linker and title reader read them in text order.
    // The repairs add and replace entities out of order.
    // Before linking, so that no later mention links to a dropped one ("MIAMI" of the dateline and "Miami" below).
    private static void DropInside(IReadOnlyList<TextSpan>? spans, TokenLayer tokens, List<EntityCandidate> candidates, List<Sentence> sentenceOf)
    {
        if (spans is null || spans.Count == 0)
        {
            return;
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var span = new TextSpan(tokens.StartOf(candidates[i].First), tokens.EndOf(candidates[i].End - 1));
            foreach (var s in spans)
            {
                if (s.Overlaps(span))
                {
                    candidates.RemoveAt(i);
                    sentenceOf.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static void SortByPosition(List<EntityCandidate> candidates, List<Sentence> sentenceOf)
    {
        var sorted = true;
        for (var i = 1; i < candidates.Count && sorted; i++)
        {
            sorted = candidates[i - 1].First < candidates[i].First;
        }

        if (sorted)
        {
            return;
        }

        var order = Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].First).ToArray();
        var sortedCandidates = order.Select(i => candidates[i]).ToList();
        var sortedSentences = order.Select(i => sentenceOf[i]).ToList();
        candidates.Clear();
        candidates.AddRange(sortedCandidates);
        sentenceOf.Clear();
        sentenceOf.AddRange(sortedSentences);
    }

    private static bool HasCapital(string text, TokenLayer tokens, int first, int end)
    {
        foreach (var c in text.AsSpan(tokens.StartOf(first), tokens.EndOf(end - 1) - tokens.StartOf(first)))
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEdgeJunk(string text, TokenLayer tokens, int t) =>
        tokens.KindOf(t) is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Url
        && tokens.TextOf(text, t) is not ("." or "&");
}