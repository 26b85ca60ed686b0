using Sitrep.Actors;

namespace Sitrep.Clustering;

/// <summary>An actor as an event mention names it, detached from the document it came from.</summary>
/// <param name="Name">The canonical name ("Ecuador military", "Comandos de la Frontera").</param>
/// <param name="Country">ISO 3166-1 alpha-2 country, or null.</param>
/// <param name="Sector">The actor's sector.</param>
/// <param name="DictionaryId">The actor dictionary entry, or null for an actor built from the text alone.</param>
/// <param name="Aliases">Other names of the same actor.</param>
public sealed record ActorRef(string Name, string? Country, ActorSector Sector, string? DictionaryId, IReadOnlyList<string> Aliases)
{
    /// <summary>The key two references of the same actor share: the dictionary id, else the folded name.</summary>
    public string Key => DictionaryId ?? Name.ToUpperInvariant();

    /// <summary>Field by field, the aliases element by element.</summary>
    public bool Equals(ActorRef? other) =>
        other is not null && Name == other.Name && Country == other.Country && Sector == other.Sector
        && DictionaryId == other.DictionaryId && ValueLists.Equal(Aliases, other.Aliases);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Country, Sector, DictionaryId, ValueLists.Hash(Aliases));

    /// <summary>The reference to <paramref name="mention"/>'s actor.</summary>
    public static ActorRef From(ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new ActorRef(mention.Name, mention.Country, mention.Sector, mention.DictionaryId, mention.Aliases);
    }
}