namespace Sitrep.Evaluation;

/// <summary>A participant the system predicted: its canonical name and its aliases, any of which may match a gold alternative.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names of the same actor (may be empty).</param>
public sealed record PredictedActor(string Name, IReadOnlyList<string> Aliases);