namespace Sitrep.Clustering;

/// <summary>
/// One fused field of an event: the value, the mentions that support it, and the mentions that report something else
/// ("one outlet says Tuesday, another Friday"), each with its own value.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <param name="Value">The fused value (null when no mention gives one).</param>
/// <param name="Support">Ids of the mentions whose value agrees with <paramref name="Value"/>.</param>
/// <param name="Disagreements">The mentions that give a different value.</param>
public sealed record FusedValue<T>(T Value, IReadOnlyList<string> Support, IReadOnlyList<Disagreement<T>> Disagreements)
{
    /// <summary>True when some mention disagrees with the fused value.</summary>
    public bool IsDisputed => Disagreements.Count > 0;

    /// <summary>The value, and the support and disagreements element by element.</summary>
    public bool Equals(FusedValue<T>? other) =>
        other is not null && EqualityComparer<T>.Default.Equals(Value, other.Value)
        && ValueLists.Equal(Support, other.Support) && ValueLists.Equal(Disagreements, other.Disagreements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, ValueLists.Hash(Support), ValueLists.Hash(Disagreements));
}