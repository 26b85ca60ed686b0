using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>The first analysis stage: adds a <see cref="TokenLayer"/> to the document.</summary>
public sealed class TokenizerStage : IAnalysisStage
{
    private readonly Tokenizer tokenizer = new(AbbreviationTable.Default);

    /// <inheritdoc/>
    public string Name => "tokens";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Add(Tokenize(document.Text));
    }

    /// <summary>The tokens of <paramref name="text"/>, without a document.</summary>
    public TokenLayer Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return tokenizer.Tokenize(text);
    }
}