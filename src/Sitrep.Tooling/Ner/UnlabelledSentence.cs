using System.Collections.Immutable;

namespace Sitrep.Text.Ner;

/// <summary>One sentence of unlabelled text for word clusters, as tokens.</summary>
/// <param name="Source">Where it comes from ("ecbplus", "raw-voa", or the NER corpus name).</param>
/// <param name="Words">The tokens, as written.</param>
/// <param name="Edited">True for edited prose (news, encyclopaedia), whose capitalisation the capitalisation prior learns; false for tweets.</param>
internal sealed record UnlabelledSentence(string Source, ImmutableArray<string> Words, bool Edited);