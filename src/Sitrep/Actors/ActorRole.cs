namespace Sitrep.Actors;

/// <summary>
/// A role an actor held between two dates (inclusive; null = open): "Venezuelan government from 2006-09-01"
/// (PETRARCH date restrictions, ../shared/data/README.md "PETRARCH / TABARI actor dictionaries").
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-2 country of the role, or null.</param>
/// <param name="Sector">The sector of the role.</param>
/// <param name="From">First day of the role, or null for "since ever".</param>
/// <param name="To">Last day of the role, or null for "still".</param>
public readonly record struct ActorRole(string? Country, ActorSector Sector, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the role was held on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is not DateOnly from || from <= date) && (To is not DateOnly to || date <= to);
}