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

    /// <summary>
    /// The share of the score the evidence sentences' meaning takes when both mentions have an encoder vector
    /// (<see cref="EvidenceVector"/>), fitted on gold pairs by <c>tools/fit-meaning-weight.cs</c> (docs/encoder.md):
    /// the smallest weight with the fewest of the 17 dev-voa + voa-train candidate pairs on the wrong side of the
    /// threshold (3 at 0, 2 from 0.35), which raised voa-train's B³ F1 from 0.983 to 0.992 and left dev and dev-voa unchanged.
    /// </summary>
    public const double DefaultMeaningWeight = 0.35;

    private readonly ConditionalWeakTable<MentionRecord, HashSet<string>> tokens = [];

    /// <summary>Creates a scorer; <paramref name="meaningWeight"/> (0..1) is the evidence vectors' share of the score.</summary>
    public MentionSimilarity(double meaningWeight = DefaultMeaningWeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(meaningWeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(meaningWeight, 1);
        MeaningWeight = meaningWeight;
    }

    /// <summary>The evidence vectors' share of the score.</summary>
    public double MeaningWeight { get; }

    /// <summary>The fit of <paramref name="mention"/> to <paramref name="cluster"/> (which must not be empty).</summary>
    public SimilarityScore Score(MentionRecord mention, IReadOnlyList<MentionRecord> cluster)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Count == 0)
        {
            throw new ArgumentException("A cluster has at least one mention.", nameof(cluster));
        }

        return Score(mention, cluster, explain: true);
    }

    /// <summary>
    /// The fit of <paramref name="mention"/> to <paramref name="cluster"/>; without <paramref name="explain"/> the
    /// reason is empty (formatting reasons costs more than scoring, and the clusterer explains only what it keeps).
    /// </summary>
    internal SimilarityScore Score(MentionRecord mention, IReadOnlyList<MentionRecord> cluster, bool explain)
    {
        // Members are scored without building a reason; only the best member's is explained.
        MentionRecord? best = null;
        var bestValue = double.MinValue;
        foreach (var member in cluster)
        {
            var pair = Evaluate(mention, member, explain: false);
            if (pair.IsVeto)
            {
                return explain ? Evaluate(mention, member, explain: true) : pair;
            }

            if (pair.Value > bestValue)
            {
                best = member;
                bestValue = pair.Value;
            }
        }

        return explain ? Evaluate(mention, best!, explain: true) : new SimilarityScore(bestValue, "", false);
    }

    /// <summary>The fit of two mentions.</summary>
    public SimilarityScore Score(MentionRecord a, MentionRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Evaluate(a, b, explain: true);
    }

    private SimilarityScore Evaluate(MentionRecord a, MentionRecord b, bool explain)
    {
        if (string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal))
        {
            // The analysis stage already merged what one article says is one event.
            return SimilarityScore.Veto("same article");
        }

        if (a.Kind != b.Kind)
        {
            // EVALUATION.md: an aggregate must never be merged with an incident.
            return SimilarityScore.Veto(explain ? $"{PloverTypeNames.NameOf(a.Kind)} vs {PloverTypeNames.NameOf(b.Kind)}" : "");
        }

        // Cheapest first, stopping at the first veto (most candidate pairs are vetoed by type or date).
        var features = new FeatureScore[4];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = i switch
            {
                0 => TypeFeature.Score(a, b, explain),
                1 => DateFeature.Score(a, b, explain),
                2 => PlaceFeature.Score(a, b, explain),
                _ => ActorFeature.Score(a, b),
            };
            if (features[i].IsVeto)
            {
                return SimilarityScore.Veto(features[i].Reason);
            }
        }

        var evidence = EvidenceTokens.Cosine(Tokens(a), Tokens(b));
        var value = (TypeWeight * (features[0].Value ?? Neutral)) +
            (DateWeight * (features[1].Value ?? Neutral)) +
            (PlaceWeight * (features[2].Value ?? Neutral)) +
            (ActorWeight * (features[3].Value ?? Neutral)) +
            (EvidenceWeight * evidence);

        // The meaning of the evidence (cosine of the encoder's sentence vectors; unrelated sentences sit near 0, a
        // paraphrase above 0.6) takes its fitted share only when both mentions were encoded, so a store analysed
        // without the encoder scores exactly as before.
        var meaning = MeaningWeight > 0 ? EvidenceVector.Cosine(a.EvidenceVector, b.EvidenceVector) : null;
        if (meaning is { } m)
        {
            value = ((1 - MeaningWeight) * value) + (MeaningWeight * Math.Clamp(m, 0, 1));
        }

        if (!explain)
        {
            return new SimilarityScore(Math.Clamp(value, 0, 1), "", false);
        }

        var participants = features[3].Value is { } p ? string.Create(CultureInfo.InvariantCulture, $"participants {p:0.00}") : features[3].Reason;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{features[0].Reason}; {features[1].Reason}; {features[2].Reason}; {participants}; evidence {evidence:0.00}{(meaning is { } v ? $"; meaning {v:0.00}" : "")}");
        return new SimilarityScore(Math.Clamp(value, 0, 1), reason, false);
    }

    private HashSet<string> Tokens(MentionRecord mention) => tokens.GetValue(mention, m => EvidenceTokens.Of(m.Evidence));
}