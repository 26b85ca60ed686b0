namespace Sitrep.Evaluation.Ecb;

/// <summary>How far an ECB+ evaluation has got.</summary>
/// <param name="TopicsDone">Topics finished.</param>
/// <param name="Topics">Topics in the run.</param>
/// <param name="DocumentsDone">Documents finished.</param>
public readonly record struct EcbProgress(int TopicsDone, int Topics, int DocumentsDone);