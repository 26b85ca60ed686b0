using System.Collections.Immutable;

using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Quantities;

/// <summary>
/// The "quantities" stage: counts with their ranges and casualty semantics, from <see cref="Document.Text"/>.
/// When a <see cref="TimeLayer"/> exists its expressions are not counts ("6 March", "in 2023"); without one the stage
/// still skips dates and years by itself. Stateless and thread-safe.
/// </summary>
public sealed class QuantityStage : IAnalysisStage
{
    /// <inheritdoc/>
    public string Name => "quantities";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var times = document.TryGet<TimeLayer>();
        var excluded = times is null ? [] : times.Expressions.Select(e => e.Span).ToImmutableArray();
        document.Add(new QuantityLayer(QuantityRecognizer.Recognize(document.Text, excluded)));
    }
}