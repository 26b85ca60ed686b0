using Sitrep.Actors;

namespace Sitrep.Storage;

/// <summary>An actor with how many stored events name it (as actor or recipient).</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or null.</param>
/// <param name="Sector">The sector.</param>
/// <param name="Events">How many events name it.</param>
public sealed record ActorSummary(string Name, string? Country, ActorSector Sector, int Events);