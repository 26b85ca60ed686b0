using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Sitrep.Text.Ner;

/// <summary>What <see cref="NerTrainer.TrainFromSharedData(string, string, int, INerGazetteer, CancellationToken)"/> did and how well the model tags held-out text.</summary>
/// <param name="Scores">Per corpus and label, on test splits (never trained on) and evaluation-only corpora.</param>
/// <param name="TrainingSentences">Sentences trained on.</param>
/// <param name="TestSentences">Sentences scored.</param>
/// <param name="FeatureCount">Features kept in the model after pruning.</param>
/// <param name="ModelBytes">Size of the model file.</param>
/// <param name="TrainingTime">Time spent training.</param>
/// <param name="LoadTime">Time to load the written model.</param>
/// <param name="Diagnostics">Missing or unreadable corpus files.</param>
public sealed record NerTrainingReport(
    ImmutableArray<NerLabelScore> Scores,
    int TrainingSentences,
    int TestSentences,
    int FeatureCount,
    long ModelBytes,
    TimeSpan TrainingTime,
    TimeSpan LoadTime,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>A plain-text table for a terminal or a README.</summary>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"trained on {TrainingSentences} sentences in {TrainingTime.TotalSeconds:F1} s; scored {TestSentences} held-out sentences");
        text.AppendLine(c, $"model: {FeatureCount} features, {ModelBytes / 1024.0 / 1024.0:F2} MB, loads in {LoadTime.TotalMilliseconds:F0} ms");
        text.AppendLine("| corpus | label | P | R | F1 | gold | predicted |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var s in Scores)
        {
            text.AppendLine(c, $"| {s.Corpus} | {s.Label} | {s.Precision:F3} | {s.Recall:F3} | {s.F1:F3} | {s.TruePositives + s.FalseNegatives} | {s.TruePositives + s.FalsePositives} |");
        }

        foreach (var d in Diagnostics)
        {
            text.AppendLine(d.ToString());
        }

        return text.ToString();
    }
}