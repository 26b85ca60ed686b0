namespace Sitrep.Text.Ner;

/// <summary>What <c>sitrep train ner</c> trains on and with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Perceptron passes over the training data.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Dictionary features (the model then needs the same gazetteer at run time), or null for none.</summary>
    public INerGazetteer? Gazetteer { get; init; }

    /// <summary>Word-cluster and capitalisation-prior features (needed at run time too), or null for none.</summary>
    public NerWordClusters? Clusters { get; init; }

    /// <summary>First-order model trained and decoded by constrained Viterbi (true), or greedy with two labels of history.</summary>
    public bool Viterbi { get; init; } = true;

    /// <summary>Seeds the order the sentences are shuffled in each pass: the same data and seed give the same model.</summary>
    public int Seed { get; init; }

    /// <summary>The team's annotated edited news (data/ner/voa-annotated), or null to train on the shared corpora alone.</summary>
    public string? AnnotationsFolder { get; init; }

    /// <summary>Train on the tweet corpora (BTC, WNUT 2017) too; their test splits are scored either way.</summary>
    public bool Tweets { get; init; } = true;

    /// <summary>Share (0–1) of the annotated training stories trained on, chosen by a hash of the story: for learning curves.</summary>
    public double InDomainShare { get; init; } = 1.0;

    /// <summary>A model to score beside the new one on the same sentences (the previous model), or null.</summary>
    public string? CompareModel { get; init; }

    /// <summary>Also score the new model on the criterion's pool with each label repair left out in turn, and with none.</summary>
    public bool RepairAblation { get; init; }

    /// <summary>How many times each annotated training sentence is trained on per pass (1: once, like every other corpus).</summary>
    public int InDomainRepeat { get; init; } = 1;
}