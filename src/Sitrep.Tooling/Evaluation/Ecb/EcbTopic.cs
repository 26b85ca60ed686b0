namespace Sitrep.Evaluation.Ecb;

/// <summary>One ECB+ topic: documents about two real-world events of the same kind.</summary>
/// <param name="Id">The topic number as written in the file names ("1").</param>
/// <param name="Documents">The topic's documents, ordered by id (ordinal).</param>
public sealed record EcbTopic(string Id, IReadOnlyList<EcbDocument> Documents);