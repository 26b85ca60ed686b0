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
    /// <summary>Issue 18's yardstick (PERSON, ORG, place; exact spans) per held-out corpus and pool.</summary>
    public ImmutableArray<NerLabelScore> NameScores { get; init; } = [];

    /// <summary>The same yardstick for <see cref="ComparedModel"/> on the same sentences, or empty.</summary>
    public ImmutableArray<NerLabelScore> ComparedNameScores { get; init; } = [];

    /// <summary>The criterion's pool scored with each label repair left out ("without …"), with all ("every repair") and none ("no repair"), or empty.</summary>
    public ImmutableArray<NerLabelScore> RepairAblation { get; init; } = [];

    /// <summary>The model scored beside the new one, or null.</summary>
    public string? ComparedModel { get; init; }

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

        if (!NameScores.IsDefaultOrEmpty)
        {
            text.AppendLine();
            text.AppendLine("PERSON / ORG / place (GPE and LOC as one), exact spans, held-out sentences:");
            text.AppendLine("| corpus | model | PERSON F1 | ORG F1 | place F1 | micro P | micro R | micro F1 | gold |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var corpus in NameScores.Select(s => s.Corpus).Distinct())
            {
                AppendNameRow(text, corpus, "new", NameScores);
                if (!ComparedNameScores.IsDefaultOrEmpty)
                {
                    AppendNameRow(text, corpus, ComparedModel ?? "compared", ComparedNameScores);
                }
            }
        }

        if (!RepairAblation.IsDefaultOrEmpty)
        {
            text.AppendLine();
            text.AppendLine("Label repairs, criterion pool, new model:");
            text.AppendLine("| repairs | model | PERSON F1 | ORG F1 | place F1 | micro P | micro R | micro F1 | gold |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var variant in RepairAblation.Select(s => s.Corpus).Distinct())
            {
                AppendNameRow(text, variant, "new", RepairAblation);
            }
        }

        foreach (var d in Diagnostics)
        {
            text.AppendLine(d.ToString());
        }

        return text.ToString();
    }

    private static void AppendNameRow(StringBuilder text, string corpus, string model, ImmutableArray<NerLabelScore> scores)
    {
        var c = CultureInfo.InvariantCulture;
        var row = scores.Where(s => s.Corpus == corpus).ToDictionary(s => s.Label);
        if (!row.TryGetValue(NerEvaluator.Micro, out var micro))
        {
            return;
        }

        text.AppendLine(c, $"| {corpus} | {model} | {row["PERSON"].F1:F3} | {row["ORG"].F1:F3} | {row["place"].F1:F3} | {micro.Precision:F3} | {micro.Recall:F3} | **{micro.F1:F3}** | {micro.TruePositives + micro.FalseNegatives} |");
    }
}