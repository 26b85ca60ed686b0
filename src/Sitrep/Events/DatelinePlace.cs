using Sitrep.Documents;
using Sitrep.Geo;

namespace Sitrep.Events;

/// <summary>
/// Issue #20, point 2: a single-incident story told under a dateline ("PANDORA — A 17-year-old boy died …") happened
/// where it was reported from when its own sentences name no place. Only an incident of a physical type (the ones the
/// rules place by the story's main country) takes it, and only when it is the story's one such incident: a roundup
/// of several incidents, a statement or an aggregate never takes the dateline's place.
/// </summary>
internal static class DatelinePlace
{
    public static List<EventMention> Fill(Document document, List<EventMention> mentions)
    {
        if (document.TryGet<DatelineLayer>()?.Place is not { } dateline)
        {
            return mentions;
        }

        var physical = mentions.FindAll(m => m.Kind == EventKind.Incident && IsPhysical(m.Type));
        if (physical.Count != 1 || physical[0].Place is not null)
        {
            return mentions;
        }

        return mentions.ConvertAll(m => ReferenceEquals(m, physical[0]) ? m with { Place = dateline.Place } : m);
    }

    private static bool IsPhysical(PloverType type) =>
        type is PloverType.Assault or PloverType.Coerce or PloverType.Protest or PloverType.Mobilize or PloverType.Retreat;
}