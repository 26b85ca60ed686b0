using Sitrep.Events;

namespace Sitrep.Clustering;

/// <summary>Type, mode and modality agreement of two mentions.</summary>
internal static class TypeFeature
{
    public static FeatureScore Score(MentionRecord a, MentionRecord b)
    {
        if (ModalityGroup(a.Modality) != ModalityGroup(b.Modality))
        {
            // docs/clustering-and-fusion.md: planned and denied mentions never join an event reported as happening.
            return FeatureScore.Veto($"modality {Name(a.Modality)}/{Name(b.Modality)}");
        }

        if (a.Type != b.Type)
        {
            var fa = EventFamily.Of(a.Type);
            return fa == EventFamily.Of(b.Type)
                ? new FeatureScore(0.5, $"types {PloverTypeNames.NameOf(a.Type)}/{PloverTypeNames.NameOf(b.Type)} of one family")
                : FeatureScore.Veto($"types {PloverTypeNames.NameOf(a.Type)}/{PloverTypeNames.NameOf(b.Type)}");
        }

        if (a.Mode is null || b.Mode is null)
        {
            return new FeatureScore(0.9, "same type");
        }

        return string.Equals(a.Mode, b.Mode, StringComparison.OrdinalIgnoreCase)
            ? new FeatureScore(1.0, "same type and mode")
            : new FeatureScore(0.7, $"same type, modes {a.Mode}/{b.Mode}");
    }

    private static int ModalityGroup(EventModality modality) => modality switch
    {
        EventModality.Planned => 1,
        EventModality.Denied => 2,
        _ => 0,
    };

    private static string Name(EventModality modality) => PloverTypeNames.NameOf(modality);
}