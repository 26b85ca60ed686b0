using Sitrep.Pipeline;

namespace Sitrep.Documents;

/// <summary>
/// One step of analysis: reads earlier layers of a document and adds its own.
/// Stages are synchronous, thread-safe and hold only read-only resources, so the runner can call one
/// instance from many threads at once.
/// </summary>
public interface IAnalysisStage
{
    /// <summary>Short name used in benchmarks and timing tables ("tokens", "sentences", …).</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to <paramref name="document"/>.</summary>
    void Process(Document document);

    /// <summary>
    /// Adds this stage's layer, or throws <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/>
    /// is cancelled. A stage whose loops grow with the text checks the token inside them, so an article's time budget
    /// cannot overrun by a whole stage; a stage that is quick on any body the caps allow keeps this default.
    /// </summary>
    void Process(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Process(document);
    }
}