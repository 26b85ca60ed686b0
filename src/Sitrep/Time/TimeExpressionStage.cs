using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>
/// The "times" stage: finds time expressions in <see cref="Document.Text"/> and resolves them against
/// <see cref="Document.Published"/> into a <see cref="TimeLayer"/>. Reads no other layer, so it can run right after
/// ingest. The grammar is compiled once per stage instance; one instance serves every thread.
/// </summary>
public sealed class TimeExpressionStage : IAnalysisStage
{
    private readonly TimeExpressionRecognizer recognizer = new();

    /// <inheritdoc/>
    public string Name => "times";

    /// <inheritdoc/>
    public void Process(Document document) => Process(document, CancellationToken.None);

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Add(new TimeLayer(recognizer.Recognize(document.Text, document.Published, cancellationToken)));
    }
}