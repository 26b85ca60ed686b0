using Sitrep.Evaluation;

namespace Sitrep.Training;

/// <summary>One fold of a cross-validation: its stories, the trained models' report and the rules' report on them.</summary>
public sealed record FoldResult(int Fold, IReadOnlyList<string> Stories, EvaluationReport Learned, EvaluationReport Rules);

/// <summary>A whole cross-validation: the pooled corpus's name, K and each fold.</summary>
public sealed record CrossValidation(string Corpus, int K, IReadOnlyList<FoldResult> Folds);