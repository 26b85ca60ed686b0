using Sitrep.Geo;

namespace Sitrep.Pipeline;

/// <summary>Adds the places stage to a pipeline (Markdig-style extension).</summary>
public static class PlacePipelineExtensions
{
    /// <summary>Appends the "places" stage resolving toponyms against <paramref name="gazetteer"/>.</summary>
    public static AnalysisPipelineBuilder AddPlaces(this AnalysisPipelineBuilder builder, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new PlaceStage(new ToponymResolver(gazetteer)));
    }
}