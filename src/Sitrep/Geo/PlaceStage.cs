using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>
/// The analysis stage "places": resolves the document's toponyms and adds a <see cref="PlaceLayer"/> of the story's
/// places and a <see cref="DatelineLayer"/> with the place of reporting, kept apart from them.
/// </summary>
public sealed class PlaceStage : IAnalysisStage
{
    private readonly ToponymResolver resolver;

    /// <summary>Creates the stage over a shared resolver.</summary>
    public PlaceStage(ToponymResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        this.resolver = resolver;
    }

    /// <inheritdoc/>
    public string Name => "places";

    /// <inheritdoc/>
    public void Process(Document document) => Process(document, CancellationToken.None);

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (dateline, places) = DatelineLayer.Split(document.TryGet<LeadLayer>(), resolver.Resolve(document, cancellationToken));
        document.Add(new PlaceLayer(places));
        document.Add(dateline);
    }
}