namespace Sitrep.Evaluation;

/// <summary>A gold actor or recipient: the names a careful coder accepts for it, any of which counts as a match.</summary>
/// <param name="Names">The acceptable names (at least one).</param>
public sealed record GoldParticipant(IReadOnlyList<string> Names)
{
    /// <inheritdoc/>
    public override string ToString() => Names.Count == 0 ? "?" : Names[0];
}