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
}