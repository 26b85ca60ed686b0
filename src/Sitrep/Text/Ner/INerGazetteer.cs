using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>
/// Dictionary evidence for the tagger (place names, actor aliases): for each token of a sentence, a small code of
/// the kind of entry it lies in, 0 for none. Codes become features, so a model must be trained and run with the
/// same gazetteer. Implementations are immutable and thread-safe.
/// </summary>
public interface INerGazetteer
{
    /// <summary>Writes one code per token of <c>tokens[firstToken .. firstToken + codes.Length)</c>.</summary>
    void Tag(string text, TokenLayer tokens, int firstToken, Span<ushort> codes);
}