using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>
/// Turns one entity of a document into an actor mention: people and organisations through the dictionary (roles on
/// the document's date), countries used as actors ("Ecuador said") as their government, plural nationalities
/// ("Uyghurs") as civilians; unknown people and organisations keep their own name. Acronyms introduced as
/// "Long Name (ACR)" resolve to the long name.
/// </summary>
internal sealed class EntityActorReader
{
    private readonly ActorDictionary dictionary;
    private readonly Document document;
    private readonly TokenLayer tokens;
    private readonly EntityLayer entities;
    private readonly Dictionary<string, string> longNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> acronyms = new(StringComparer.Ordinal);

    public EntityActorReader(ActorDictionary dictionary, Document document, TokenLayer tokens, EntityLayer entities)
    {
        this.dictionary = dictionary;
        this.document = document;
        this.tokens = tokens;
        this.entities = entities;
        FindAcronyms();
    }

    public ActorMention? Read(int index)
    {
        var entity = entities.Entities[index];
        var text = entity.Span.Of(document.Text).ToString();

        // A pronoun the tagger ran into ("the 48 Chinese Uyghurs it had held") is no part of the name.
        var space = text.LastIndexOf(' ');
        if (space > 0 && text[(space + 1)..] is "it" or "he" or "she" or "they" or "we" or "them" or "him" or "its" or "his" or "her" or "their")
        {
            text = text[..space];
            entity = entity with { Span = new TextSpan(entity.Span.Start, entity.Span.Start + space) };
        }

        return entity.Type switch
        {
            EntityType.Person => Person(index, entity, text),
            EntityType.Org => Organization(entity, text),
            EntityType.Gpe => Country(entity, text),
            EntityType.Norp => Nationality(entity, text),
            _ => null,
        };
    }

    private ActorMention Person(int index, Entity entity, string text)
    {
        var full = entities.Entities[entities.Resolve(index)].Span.Of(document.Text).ToString();
        var date = document.Published;
        var surname = full.Split(' ')[^1];
        var entry = dictionary.Find(full, date) ?? dictionary.Find(text, date);
        if (entry is not null && !full.Contains(' ', StringComparison.Ordinal)
            && !ActorKey.Fold(entry.Name).EndsWith(ActorKey.Fold(full), StringComparison.Ordinal))
        {
            // A lone word is a surname ("Noboa", "Maduro"), not a first name ("Hassan") nor a title.
            entry = null;
        }

        if (entry is not null)
        {
            return EntryMention(entity.Span, entry, date, [full, surname]);
        }

        // Unknown person: the title ("President", "Judge", "Gen.") gives the sector, a demonym in it the country.
        var sector = ActorSector.Unknown;
        string? country = null;
        foreach (var part in new[] { entity.Title, entity.Role, entity.Organization })
        {
            if (part is null)
            {
                continue;
            }

            var words = ActorKey.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < words.Length; start++)
            {
                var rest = string.Join(' ', words[start..]);
                if (sector == ActorSector.Unknown && dictionary.FindAgentByKey(rest) is AgentNoun noun)
                {
                    sector = noun.Sector;
                }

                country ??= dictionary.FindCountryByKey(words[start])?.Code;
            }
        }

        var others = new List<string>();
        if (surname != full)
        {
            others.Add(surname);
        }

        if (text != full)
        {
            others.Add(text);
        }

        // "SOUTHCOM Commander General Francis Donovan": a known organisation gives the country (and sector).
        if (entity.Organization is { } organization && dictionary.Find(organization, date) is { } employer)
        {
            // ACLED codes non-state armed and criminal actors as groups, not as the individuals who lead or belong to
            // them (ACLED Codebook, "Actors"), so "X, the leader of the CDF" acts and is acted upon as Comandos de la
            // Frontera; the person's names stay as aliases. State officials stay people, as gold does.
            var employerRole = employer.RoleOn(date);
            if (employerRole.Sector is ActorSector.Rebel or ActorSector.Criminal)
            {
                return EntryMention(entity.Span, employer, date, [full, .. others]);
            }

            country ??= employerRole.Country ?? employer.Country;
            sector = sector == ActorSector.Unknown ? employerRole.Sector : sector;
        }

        return new ActorMention(entity.Span, full, others, country, sector, null);
    }

    // A dictionary actor as mentioned on the document's date, with the names the text gave it among its aliases.
    private static ActorMention EntryMention(TextSpan span, ActorEntry entry, DateOnly? date, IEnumerable<string> namesInText)
    {
        var role = entry.RoleOn(date);
        var aliases = entry.Aliases.Concat(namesInText).Where(a => a != entry.Name).Distinct(StringComparer.Ordinal).ToList();
        return new ActorMention(span, entry.Name, aliases, role.Country ?? entry.Country, role.Sector, entry.Id);
    }

    private ActorMention Organization(Entity entity, string text)
    {
        var date = document.Published;
        var lookup = longNames.GetValueOrDefault(text) ?? text;
        if ((dictionary.Find(lookup, date) ?? dictionary.Find(text, date)) is { } entry)
        {
            return EntryMention(entity.Span, entry, date, [text]);
        }

        if (dictionary.FindCountry(text) is { } country)
        {
            return CountryMention(entity.Span, country, text);
        }

        var name = lookup;
        var others = new List<string>();
        if (acronyms.TryGetValue(name, out var acronym))
        {
            others.Add(acronym);
        }

        if (name != text)
        {
            others.Add(text);
        }

        var first = ActorKey.Fold(name).Split(' ')[0];
        return new ActorMention(entity.Span, name, others, dictionary.FindCountryByKey(first)?.Code, ActorSector.Unknown, null);
    }

    private ActorMention? Country(Entity entity, string text)
    {
        var index = tokens.IndexAtOrAfter(entity.Span.Start);
        var previous = index > 0 ? tokens.TextOf(document.Text, index - 1).ToString() : null;
        if (previous is not null && ActorWords.Locatives.Contains(previous))
        {
            return null;
        }

        if (dictionary.FindCountry(text) is { } country)
        {
            return CountryMention(entity.Span, country, text);
        }

        // Other places are actors only when the dictionary names them as such ("Puntland", "Gaza").
        if (dictionary.Find(text, document.Published) is { } entry && ActorKey.Fold(entry.Name) == ActorKey.FoldWithoutArticle(text))
        {
            var role = entry.RoleOn(document.Published);
            return new ActorMention(entity.Span, entry.Name, entry.Aliases, role.Country ?? entry.Country, role.Sector, entry.Id);
        }

        return null;
    }

    internal static ActorMention CountryMention(TextSpan span, CountryActors country, string text) =>
        new(span, country.Name, country.AliasesOf(ActorSector.Government).Skip(1).Append(text).Distinct(StringComparer.Ordinal).ToList(),
            country.Code, ActorSector.Government, $"C:{country.Code}");

    private ActorMention? Nationality(Entity entity, string text)
    {
        var country = dictionary.FindCountry(text);
        if (country is null && dictionary.Find(text, document.Published) is { } entry)
        {
            // Groups the tagger reads as nationalities ("al-Shabab") are named actors.
            return EntryMention(entity.Span, entry, document.Published, [text]);
        }

        var plural = text.EndsWith('s') && char.IsUpper(text[0]);
        if (!plural)
        {
            // "Ecuadorian", "Islamist" alone qualify a noun; a people is named in the plural ("Uyghurs", "Americans").
            return null;
        }

        var aliases = new List<string> { text[..^1] };
        return new ActorMention(entity.Span, text, aliases, country?.Code, ActorSector.Civilian, null);
    }

    // "National Intelligence and Security Agency (NISA)": the acronym names the organisation before it.
    private void FindAcronyms()
    {
        var text = document.Text;
        foreach (var entity in entities.Entities)
        {
            if (entity.Type != EntityType.Org)
            {
                continue;
            }

            var next = tokens.IndexAtOrAfter(entity.Span.End);
            if (next + 2 < tokens.Count && tokens.TextOf(text, next) is "(" && tokens.TextOf(text, next + 2) is ")")
            {
                var acronym = tokens.TextOf(text, next + 1).ToString();
                if (acronym.Length is >= 2 and <= 8 && acronym.All(c => char.IsUpper(c) || c is '-' or '.' or '&'))
                {
                    var name = entity.Span.Of(text).ToString();
                    longNames.TryAdd(acronym, name);
                    acronyms.TryAdd(name, acronym);
                }
            }
        }
    }
}