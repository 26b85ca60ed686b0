using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>An entity while the stage builds it: a token range [First, End) and a type, before titles and links.</summary>
internal readonly record struct EntityCandidate(int First, int End, EntityType Type);