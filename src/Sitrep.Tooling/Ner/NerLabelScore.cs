namespace Sitrep.Text.Ner;

/// <summary>Entity-level scores (exact span and type) of one label on one corpus.</summary>
/// <param name="Corpus">The corpus ("wikigold", "btc", …), "held-out" for all test splits together.</param>
/// <param name="Label">"PERSON", "ORG", "GPE", "LOC", "NORP", or "micro" (PERSON, ORG, GPE and LOC pooled).</param>
/// <param name="TruePositives">Predicted entities that match a gold entity.</param>
/// <param name="FalsePositives">Predicted entities that match none.</param>
/// <param name="FalseNegatives">Gold entities not predicted.</param>
public sealed record NerLabelScore(string Corpus, string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), 0 when there is no gold entity.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}