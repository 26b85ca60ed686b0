namespace Sitrep.Text.Ner;

/// <summary>What a corpus sentence is used for.</summary>
internal enum NerSplit : byte
{
    /// <summary>Training.</summary>
    Train,

    /// <summary>Held out from training, scored.</summary>
    Test,

    /// <summary>Scored only, never trained on (CC BY-SA corpora).</summary>
    EvaluationOnly,
}