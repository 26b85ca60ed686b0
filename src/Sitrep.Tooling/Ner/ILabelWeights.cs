namespace Sitrep.Text.Ner;

/// <summary>Per-label weights of features: what the decoder scores with, in training and at run time.</summary>
internal interface ILabelWeights
{
    /// <summary>Adds the weights of <paramref name="feature"/> for every label to <paramref name="scores"/>; 0 is no feature.</summary>
    void AddScores(ulong feature, Span<float> scores);
}