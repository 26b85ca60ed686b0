using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>Adds a <see cref="SentenceLayer"/>; reads the <see cref="TokenLayer"/>, so it runs after <see cref="TokenizerStage"/>.</summary>
public sealed class SentenceSplitterStage : IAnalysisStage
{
    private readonly SentenceSplitter splitter = new(AbbreviationTable.Default);

    /// <inheritdoc/>
    public string Name => "sentences";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Add(Split(document.Text, document.Get<TokenLayer>()));
    }

    /// <summary>The sentences of <paramref name="text"/> given its <paramref name="tokens"/>.</summary>
    public SentenceLayer Split(string text, TokenLayer tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return new SentenceLayer(splitter.Split(text, tokens));
    }
}