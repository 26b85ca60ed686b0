using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Actors;

/// <summary>The analysis stage "actors": resolves the document's actors and adds an <see cref="ActorLayer"/>.</summary>
public sealed class ActorStage : IAnalysisStage
{
    private readonly ActorResolver resolver;

    /// <summary>Creates the stage over a shared resolver.</summary>
    public ActorStage(ActorResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        this.resolver = resolver;
    }

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public void Process(Document document) => Process(document, CancellationToken.None);

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Add(new ActorLayer(resolver.Resolve(document, cancellationToken)));
    }
}