using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>
/// A generic agent phrase found in the tokens ("Ecuadorian forces", "U.S. and Ecuadoran forces", "security forces in
/// Somalia", "drug traffickers"): the agent noun's tokens, and the countries qualifying it with their tokens.
/// </summary>
internal sealed record AgentPhrase(int First, int Last, AgentNoun Noun, IReadOnlyList<(CountryActors Country, int First, int Last)> Countries);