using System.Collections.Frozen;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Events;

/// <summary>
/// The actor mentions an event may take its participants from: the actor layer when the actor stage ran, otherwise
/// mentions built from the entity layer (GPE, NORP, ORG, PERSON; "Ecuadoran" → Ecuador through the demonym table,
/// "U.S." → United States through the place layer, "Donovan" → "Francis Donovan" through the entity links) and from a
/// short list of group nouns news uses as participants ("gunmen", "police", "migrants").
/// </summary>
internal static class ActorCandidates
{
    // Group nouns that stand for a participant when no named actor does (ACLED's generic actor names in spirit).
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "gunmen", "militants", "attackers", "police", "authorities", "bandits", "kidnappers", "captors", "troops", "soldiers",
        "rebels", "insurgents", "protesters", "demonstrators", "migrants", "detainees", "schoolgirls", "students", "civilians",
        "journalists", "smugglers", "traffickers", "court", "judge", "prosecutors", "militia", "militias");

    public static IReadOnlyList<ActorMention> For(Document document, DocumentWords words, TextResources resources)
    {
        if (document.TryGet<ActorLayer>() is { } layer)
        {
            return layer.Mentions;
        }

        var result = new List<ActorMention>();
        var places = document.TryGet<PlaceLayer>()?.Items ?? [];
        if (document.TryGet<EntityLayer>() is { } entities)
        {
            for (var e = 0; e < entities.Entities.Length; e++)
            {
                var entity = entities.Entities[e];
                if (entity.Type == EntityType.Loc)
                {
                    continue;
                }

                var full = entities.Entities[entities.Resolve(e)];
                var surface = entity.Span.Of(document.Text).ToString();
                var name = full.Span.Of(document.Text).ToString();
                string? country = null;
                var place = places.FirstOrDefault(p => p.Span.Overlaps(entity.Span));
                if (place is not null && place.Place.FeatureClass is not ("A" or "P" or ""))
                {
                    // A sea, a border region or a mountain range is where things happen, not who acts.
                    continue;
                }

                if (entity.Type == EntityType.Norp && resources.Demonyms.TryGetValue(surface, out var named))
                {
                    name = named;
                    country = places.FirstOrDefault(p => p.Place.Name == named && p.Place.Precision == 5)?.Place.Country;
                }
                else if (place is not null && entity.Type == EntityType.Gpe)
                {
                    name = place.Place.Name;
                    country = place.Place.Country;
                }

                country ??= place?.Place.Country;
                var aliases = surface == name ? Array.Empty<string>() : [surface];
                result.Add(new ActorMention(entity.Span, name, aliases, country, ActorSector.Unknown, null));
            }
        }

        // A country the place layer found and the entity layer missed ("accused Togo") can act or be acted upon.
        foreach (var place in places)
        {
            if (place.Place.Precision == 5 && place.Place.Country is not null && place.Place.FeatureClass == "A" && !result.Exists(a => a.Span.Overlaps(place.Span)))
            {
                result.Add(new ActorMention(place.Span, place.Place.Name, place.Text == place.Place.Name ? [] : [place.Text], place.Place.Country, ActorSector.Unknown, null));
            }
        }

        for (var i = 0; i < words.Tokens.Count; i++)
        {
            if (GroupNouns.Contains(words.Lower[i]) && !result.Exists(a => a.Span.Overlaps(words.Tokens[i].Span)))
            {
                result.Add(new ActorMention(words.Tokens[i].Span, words.Lower[i], [], null, ActorSector.Unknown, null));
            }
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }
}