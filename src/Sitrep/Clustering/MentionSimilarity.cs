using System.Globalization;
using System.Runtime.CompilerServices;
using Sitrep.Events;

namespace Sitrep.Clustering;

/// <summary>
/// Scores how well a mention fits a cluster of mentions (docs/clustering-and-fusion.md, step 3): type compatibility,
/// date overlap, place compatibility, participant overlap and evidence similarity, weighted into [0, 1]; hard rules veto.
/// </summary>
/// <remarks>
/// A mention is scored against each member of the cluster: any member's veto vetoes the cluster (a cluster never holds
/// two mentions that cannot be one event), and the score is the best member's (a new report needs to match one report
/// of the event well, not all of them, since reports differ in what they say).
/// </remarks>
public sealed class MentionSimilarity
{
    // The weights say how much each feature tells about identity. Date and place carry most (ACLED and UCDP define an
    // event by type, date and location), participants and the wording of the evidence next, and the type least
    // because a type that agrees is the norm among candidates (the blocking keys already share its family).
    private const double TypeWeight = 0.15;
    private const double DateWeight = 0.25;
    private const double PlaceWeight = 0.20;
    private const double ActorWeight = 0.20;
    private const double EvidenceWeight = 0.20;

    // A feature one side is silent on counts as this: below any sensible threshold, so silence alone never joins.
    private const double Neutral = 0.35;

    private readonly ConditionalWeakTable<MentionRecord, HashSet<string>> tokens = [];

    /// <summary>The fit of <paramref name="mention"/> to <paramref name="cluster"/> (which must not be empty).</summary>
    public SimilarityScore Score(MentionRecord mention, IReadOnlyList<MentionRecord> cluster)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Count == 0)
        {
            throw new ArgumentException("A cluster has at least one mention.", nameof(cluster));
        }

        SimilarityScore? best = null;
        foreach (var member in cluster)
        {
            var pair = Score(mention, member);
            if (pair.IsVeto)
            {
                return pair;
            }

            if (best is null || pair.Value > best.Value.Value)
            {
                best = pair;
            }
        }

        return best!.Value;
    }

    /// <summary>The fit of two mentions.</summary>
    public SimilarityScore Score(MentionRecord a, MentionRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal))
        {
            // The analysis stage already merged what one article says is one event.
            return SimilarityScore.Veto("same article");
        }

        if (a.Kind != b.Kind)
        {
            // EVALUATION.md: an aggregate must never be merged with an incident.
            return SimilarityScore.Veto($"{PloverTypeNames.NameOf(a.Kind)} vs {PloverTypeNames.NameOf(b.Kind)}");
        }

        Span<FeatureScore> features =
        [
            TypeFeature.Score(a, b),
            DateFeature.Score(a, b),
            PlaceFeature.Score(a, b),
            ActorFeature.Score(a, b),
        ];
        foreach (var f in features)
        {
            if (f.IsVeto)
            {
                return SimilarityScore.Veto(f.Reason);
            }
        }

        var evidence = EvidenceTokens.Cosine(Tokens(a), Tokens(b));
        var value = (TypeWeight * (features[0].Value ?? Neutral)) +
            (DateWeight * (features[1].Value ?? Neutral)) +
            (PlaceWeight * (features[2].Value ?? Neutral)) +
            (ActorWeight * (features[3].Value ?? Neutral)) +
            (EvidenceWeight * evidence);
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{features[0].Reason}; {features[1].Reason}; {features[2].Reason}; {features[3].Reason}; evidence {evidence:0.00}");
        return new SimilarityScore(Math.Clamp(value, 0, 1), reason, false);
    }

    private HashSet<string> Tokens(MentionRecord mention) => tokens.GetValue(mention, m => EvidenceTokens.Of(m.Evidence));
}