namespace Sitrep.Clustering;

/// <summary>Settings of <see cref="EventClusterer"/>.</summary>
/// <param name="Threshold">
/// The score (<see cref="MentionSimilarity"/>) a mention needs to join a cluster. 0.55 asks for more than type and
/// "not contradicted": with every other feature silent (scored neutral, 0.35), a same-type pair scores about 0.4; a
/// join needs positive agreement on at least two of date, place, participants and wording.
/// </param>
public sealed record ClusteringOptions(double Threshold = 0.55)
{
    /// <summary>The defaults.</summary>
    public static ClusteringOptions Default { get; } = new();
}