using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Text.Lexicon;

namespace Sitrep.Actors;

/// <summary>
/// Resolves the actors of a document against the <see cref="ActorDictionary"/>: named actors from the entity layer
/// (following <see cref="Entity.Link"/> to the full form, so "Noboa" is Daniel Noboa; roles on the document's
/// date) and generic agent phrases from the tokens ("Ecuadorian forces" → Ecuador military; "drug traffickers" →
/// criminal, no country). A lone singular title ("the 38-year-old leader") is left unresolved rather than guessed.
/// Thread-safe; share one instance.
/// </summary>
public sealed class ActorResolver
{
    private readonly ActorDictionary dictionary;
    private readonly AgentPhraseFinder agents;
    private readonly NamedPhraseScanner names;
    private readonly TextResources words;

    /// <summary>Creates a resolver over a loaded dictionary, reading the word tables for this instance.</summary>
    public ActorResolver(ActorDictionary dictionary)
        : this(dictionary, TextResources.Load())
    {
    }

    /// <summary>Creates a resolver over a loaded dictionary and the word tables the pipeline loaded once.</summary>
    internal ActorResolver(ActorDictionary dictionary, TextResources words)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(words);
        this.dictionary = dictionary;
        this.words = words;
        agents = new AgentPhraseFinder(dictionary);
        names = new NamedPhraseScanner(dictionary);
    }

    /// <summary>
    /// The actor mentions of <paramref name="document"/>, in text order, without overlaps. Needs the token layer; uses
    /// the entity layer when present (without it only agent phrases are found).
    /// </summary>
    public IReadOnlyList<ActorMention> Resolve(Document document) => Resolve(document, CancellationToken.None);

    /// <summary>The actor mentions of <paramref name="document"/>, checking <paramref name="cancellationToken"/> between its passes and inside the per-entity loops.</summary>
    public IReadOnlyList<ActorMention> Resolve(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TryGet<TokenLayer>();
        if (tokens is null)
        {
            return [];
        }

        var text = document.Text;
        var entities = document.TryGet<EntityLayer>();
        var mentions = new List<ActorMention>();
        var blocked = new bool[tokens.Count];
        var entityTokens = new (int First, int Last)[entities?.Entities.Length ?? 0];
        for (var e = 0; e < entityTokens.Length; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = entities!.Entities[e];
            var first = tokens.IndexAtOrAfter(entity.Span.Start);
            var last = Math.Max(first, tokens.IndexAtOrAfter(entity.Span.End - 1));
            entityTokens[e] = (first, Math.Min(last, tokens.Count - 1));
            if (entity.Type is EntityType.Person or EntityType.Org && first < tokens.Count && !IsAgentOrg(text, entity))
            {
                // Named people and organisations are resolved as wholes; their words are no agent nouns.
                for (var t = first; t <= entityTokens[e].Last; t++)
                {
                    blocked[t] = true;
                }
            }
        }

        // Dictionary names first ("Reporters Without Borders" is no agent noun "reporters"), then agent phrases.
        var consumed = new bool[tokens.Count];
        names.Scan(document, tokens, consumed, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        for (var t = 0; t < tokens.Count; t++)
        {
            blocked[t] |= consumed[t];
        }

        foreach (var phrase in agents.Find(text, tokens, blocked))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddAgent(document, tokens, phrase, mentions, consumed);
        }
        if (entities is not null)
        {
            var named = new EntityActorReader(dictionary, document, tokens, entities);
            for (var e = 0; e < entityTokens.Length; e++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (first, last) = entityTokens[e];
                if (first < tokens.Count && !AnyConsumed(consumed, first, last) && named.Read(e) is { } mention)
                {
                    mentions.Add(mention);
                    Consume(consumed, first, last);
                }
            }
        }

        if (entities is not null)
        {
            NamedPhraseScanner.AddFullNames(document, tokens, entities, words, consumed, mentions);
        }

        cancellationToken.ThrowIfCancellationRequested();
        AddCountries(document, tokens, consumed, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        NamedPhraseScanner.AddSurnames(document, tokens, consumed, mentions);

        return WithoutOverlaps(mentions);
    }

    // A country the place layer found and the entity layer missed ("In January, the U.S. attacked Venezuela") can act
    // or be acted upon, as a country entity can; after a locative preposition it is only where something happened.
    private void AddCountries(Document document, TokenLayer tokens, bool[] consumed, List<ActorMention> mentions)
    {
        // The characters the mentions cover, so that each place is checked against them in its own length rather than
        // against every mention (a long text holds thousands of both).
        var covered = new System.Collections.BitArray(document.Text.Length);
        foreach (var m in mentions)
        {
            Cover(covered, m.Span);
        }

        var emptyMentions = mentions.Where(m => m.Span.Start >= m.Span.End).Select(m => m.Span).ToList();

        foreach (var place in document.TryGet<PlaceLayer>()?.Items ?? [])
        {
            var first = tokens.IndexAtOrAfter(place.Span.Start);
            var last = Math.Min(tokens.Count - 1, Math.Max(first, tokens.IndexAtOrAfter(place.Span.End - 1)));
            if (place.Place.Precision != 5 || place.Place.Admin1 is not null || place.Place.FeatureClass != "A" || first >= tokens.Count
                || AnyConsumed(consumed, first, last) || Overlaps(covered, emptyMentions, mentions, place.Span)
                || (first > 0 && ActorWords.Locatives.Contains(tokens.TextOf(document.Text, first - 1).ToString()))
                || dictionary.FindCountry(place.Text) is not { } country)
            {
                continue;
            }

            mentions.Add(EntityActorReader.CountryMention(place.Span, country, place.Text));
            Cover(covered, place.Span);
            Consume(consumed, first, last);
        }
    }

    private static void Cover(System.Collections.BitArray covered, TextSpan span)
    {
        for (var c = Math.Max(0, span.Start); c < Math.Min(span.End, covered.Length); c++)
        {
            covered[c] = true;
        }
    }

    // TextSpan.Overlaps against any mention: a covered character inside the span. An empty span overlaps a mention
    // strictly around it, which the characters cannot tell; it is rare enough to ask the list.
    private static bool Overlaps(System.Collections.BitArray covered, List<TextSpan> emptyMentions, List<ActorMention> mentions, TextSpan span)
    {
        if (span.Start >= span.End)
        {
            return mentions.Exists(m => m.Span.Overlaps(span));
        }

        if (emptyMentions.Exists(m => m.Overlaps(span)))
        {
            return true; // An empty mention strictly inside the span (none in practice).
        }

        for (var c = span.Start; c < span.End; c++)
        {
            if (covered[c])
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAgentOrg(string text, Entity entity) =>
        dictionary.Find(entity.Span.Of(text).ToString()) is null && entity.Type == EntityType.Org
        && ActorKey.Fold(entity.Span.Of(text)).Split(' ') is var words && words.Length > 1
        && dictionary.FindCountryByKey(words[0]) is not null && dictionary.FindAgentByKey(string.Join(' ', words[1..])) is not null;

    private void AddAgent(Document document, TokenLayer tokens, AgentPhrase phrase, List<ActorMention> mentions, bool[] consumed)
    {
        var text = document.Text;
        var sector = phrase.Noun.Sector;
        var nounSpan = new TextSpan(tokens.StartOf(phrase.First), AgentPhraseFinder.WordEnd(text, tokens, phrase.Last));
        var noun = nounSpan.Of(text).ToString();
        if (phrase.Countries.Count == 0)
        {
            var head = noun.Split(' ')[^1].ToLowerInvariant();
            if (!phrase.Noun.Plural && !ActorWords.CollectiveHeads.Contains(head))
            {
                return;
            }

            var aliases = new List<string>();
            if (phrase.First > 0 && tokens.KindOf(phrase.First - 1) == TokenKind.Word
                && tokens.TextOf(text, phrase.First - 1) is { Length: > 2 } before && char.IsLower(before[0]) && before is not "the" and not "and")
            {
                aliases.Add(before.ToString() + " " + noun);
            }

            mentions.Add(new ActorMention(nounSpan, noun, aliases, null, sector, null));
            Consume(consumed, phrase.First, phrase.Last);
            return;
        }

        for (var c = 0; c < phrase.Countries.Count; c++)
        {
            var (country, first, last) = phrase.Countries[c];
            var isLast = c == phrase.Countries.Count - 1;
            var after = first > phrase.Last;
            var span = !isLast ? new TextSpan(tokens.StartOf(first), tokens.EndOf(last))
                : after ? new TextSpan(nounSpan.Start, AgentPhraseFinder.WordEnd(text, tokens, last))
                : new TextSpan(tokens.StartOf(first), nounSpan.End);
            var surface = span.Of(text).ToString();
            var state = sector is ActorSector.Military or ActorSector.Police or ActorSector.Government;
            var name = state ? country.NameOf(sector) : $"{(country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name)} {noun}";
            var aliases = new List<string>(state ? country.AliasesOf(sector) : [noun]);
            aliases.Add(isLast ? surface : $"{surface} {noun}");
            mentions.Add(new ActorMention(span, name, aliases.Distinct(StringComparer.Ordinal).ToList(), country.Code, sector,
                state ? $"C:{country.Code}:{sector}" : null));
            Consume(consumed, Math.Min(first, phrase.First), Math.Max(last, phrase.Last));
        }
    }

    private static void Consume(bool[] consumed, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            consumed[t] = true;
        }
    }

    private static bool AnyConsumed(bool[] consumed, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (consumed[t])
            {
                return true;
            }
        }

        return false;
    }

    private static List<ActorMention> WithoutOverlaps(List<ActorMention> mentions)
    {
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var result = new List<ActorMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (result.Count == 0 || !result[^1].Span.Overlaps(mention.Span))
            {
                result.Add(mention);
            }
        }

        return result;
    }
}