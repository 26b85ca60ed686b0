using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Maps the pipeline's output to the scorer's <see cref="PredictedEvent"/>s. The event-mention stage and clustering
/// (issues 8 and 9) do not exist yet, so no document carries events and the list is empty: the scores then measure
/// exactly that, and this is the one place to change when events appear.
/// </summary>
internal static class EventPredictions
{
    public static IReadOnlyList<PredictedEvent> From(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [];
    }
}