namespace Sitrep.Events;

/// <summary>
/// What a linear model reads of one candidate: named binary features ("w:attack", "lex:ASSAULT") and an optional dense
/// block (the encoder's sentence vector). Names, not hashed indexes, so a model file lists what it learned.
/// </summary>
/// <param name="Names">The features that are on; duplicates count once.</param>
/// <param name="Dense">The dense block, empty when the candidate has none.</param>
public sealed record FeatureBag(IReadOnlyList<string> Names, ReadOnlyMemory<float> Dense)
{
    /// <summary>A bag of named features with no dense block.</summary>
    public FeatureBag(IReadOnlyList<string> names)
        : this(names, ReadOnlyMemory<float>.Empty)
    {
    }
}