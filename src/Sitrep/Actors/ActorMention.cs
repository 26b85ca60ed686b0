using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>
/// One mention of an actor in a document, resolved against the actor dictionary where possible:
/// "Ecuadorian forces" → Ecuador military; "drug traffickers" → criminal, no country.
/// </summary>
/// <param name="Span">The words in the text.</param>
/// <param name="Name">The canonical name ("Comandos de la Frontera", "Ecuador military", "Daniel Noboa").</param>
/// <param name="Aliases">Other names of the same actor, in any language ("Border Commandos", "CDF").</param>
/// <param name="Country">ISO 3166-1 alpha-2 country, or null (international, unknown, stateless).</param>
/// <param name="Sector">The actor's sector on the document's date.</param>
/// <param name="DictionaryId">The dictionary entry's id, or null for an actor built from the text alone.</param>
public sealed record ActorMention(TextSpan Span, string Name, IReadOnlyList<string> Aliases, string? Country, ActorSector Sector, string? DictionaryId);