
namespace Sitrep.Documents;

/// <summary>
/// Present only when the analysis read less than the whole body: the document's <see cref="Document.Text"/> is the
/// body's first <see cref="AnalysedChars"/> characters, cut at a word boundary because the body was longer than the
/// analysis budget. Every offset still points into the stored body.
/// </summary>
public sealed class AnalysisCutLayer : IDocumentLayer
{
    /// <summary>Creates the layer.</summary>
    public AnalysisCutLayer(int analysedChars, int bodyChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(analysedChars);
        ArgumentOutOfRangeException.ThrowIfLessThan(bodyChars, analysedChars);
        AnalysedChars = analysedChars;
        BodyChars = bodyChars;
    }

    /// <inheritdoc/>
    public string Name => "cut";

    /// <summary>Characters analysed (the length of the document's text).</summary>
    public int AnalysedChars { get; }

    /// <summary>Characters in the stored body.</summary>
    public int BodyChars { get; }
}