using Sitrep.Documents;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class NerViterbiTests
{
    private static readonly int Labels = NerLabels.Count;

    [Fact]
    public void An_inside_label_never_opens_a_sentence_even_when_it_scores_best()
    {
        var scores = new float[Labels];
        scores[NerLabels.Outside] = 1;
        scores[NerLabels.Inside(EntityType.Person)] = 5;
        Assert.Equal([NerLabels.Outside], Decode(scores, 1));
    }

    [Fact]
    public void Takes_the_best_whole_sequence_where_greedy_would_not()
    {
        // Token 0 prefers O slightly; token 1 strongly prefers I-ORG, which needs B-ORG before it.
        var scores = new float[2 * Labels];
        scores[NerLabels.Outside] = 2;
        scores[NerLabels.Begin(EntityType.Org)] = 1.5f;
        scores[Labels + NerLabels.Inside(EntityType.Org)] = 4;
        scores[Labels + NerLabels.Outside] = 1;
        var result = Decode(scores, 2);
        Assert.Equal([NerLabels.Begin(EntityType.Org), NerLabels.Inside(EntityType.Org)], result);
    }

    [Fact]
    public void Transition_scores_of_the_previous_label_count()
    {
        // Both tokens alone prefer B-PERSON; a transition penalty on B-PERSON after B-PERSON makes the second I-PERSON.
        var scores = new float[2 * Labels];
        scores[NerLabels.Begin(EntityType.Person)] = 3;
        scores[Labels + NerLabels.Begin(EntityType.Person)] = 3;
        scores[Labels + NerLabels.Inside(EntityType.Person)] = 2;
        var transitions = new PenaltyAfter(NerLabels.Begin(EntityType.Person), NerLabels.Begin(EntityType.Person), 5);
        var result = new int[2];
        NerViterbi.Decode(scores, [], ref transitions, result);
        Assert.Equal([NerLabels.Begin(EntityType.Person), NerLabels.Inside(EntityType.Person)], result);
    }

    [Fact]
    public void A_token_marked_outside_is_outside_whatever_its_scores()
    {
        var scores = new float[Labels];
        scores[NerLabels.Begin(EntityType.Gpe)] = 9;
        var transitions = default(NoTransitions);
        var result = new int[1];
        NerViterbi.Decode(scores, [true], ref transitions, result);
        Assert.Equal(NerLabels.Outside, result[0]);
    }

    private static int[] Decode(float[] scores, int count)
    {
        var transitions = default(NoTransitions);
        var result = new int[count];
        NerViterbi.Decode(scores, [], ref transitions, result);
        return result;
    }

    private struct NoTransitions : INerTransitionScores
    {
        public readonly void Add(int token, int previous, scoped Span<float> scores)
        {
        }
    }

    private readonly struct PenaltyAfter(int previousLabel, int label, float penalty) : INerTransitionScores
    {
        public void Add(int token, int previous, scoped Span<float> scores)
        {
            if (previous == previousLabel)
            {
                scores[label] -= penalty;
            }
        }
    }
}