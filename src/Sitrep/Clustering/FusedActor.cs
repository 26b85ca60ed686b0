namespace Sitrep.Clustering;

/// <summary>An actor (or recipient) of a fused event with the mentions that name it.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Support">Ids of the mentions naming it.</param>
public sealed record FusedActor(ActorRef Actor, IReadOnlyList<string> Support)
{
    /// <summary>The actor, and the support element by element.</summary>
    public bool Equals(FusedActor? other) => other is not null && Actor == other.Actor && ValueLists.Equal(Support, other.Support);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Actor, ValueLists.Hash(Support));
}