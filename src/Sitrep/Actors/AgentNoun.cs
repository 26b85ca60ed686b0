namespace Sitrep.Actors;

/// <summary>A generic agent noun of the dictionary ("troops", "drug traffickers", "defense ministry") and its sector.</summary>
/// <param name="Sector">The sector the noun stands for.</param>
/// <param name="Plural">Whether the form is plural (a group rather than one person).</param>
internal readonly record struct AgentNoun(ActorSector Sector, bool Plural);