using Sitrep.Geo;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Pipeline;

/// <summary>The analysis pipeline Sitrep runs by default, with its bundled resources loaded once.</summary>
public static class StandardPipeline
{
    /// <summary>
    /// Every stage that exists, in the flow's order: tokens → sentences → entities → times → quantities → places.
    /// A missing NER model (a source checkout without <c>data/ner/model.bin</c>) leaves the entity layer out rather
    /// than failing; the gazetteer is required (<see cref="Gazetteer.LoadDefault"/> names the file it looked for).
    /// </summary>
    public static AnalysisPipeline Create() => Create(Gazetteer.LoadDefault());

    /// <summary>The standard pipeline over an already loaded <paramref name="gazetteer"/>.</summary>
    public static AnalysisPipeline Create(Gazetteer gazetteer) =>
        new AnalysisPipelineBuilder()
            .AddTextCore(NerModel.LoadDefault(new GeoNerGazetteer(gazetteer)))
            .AddTimeAndQuantities()
            .AddPlaces(gazetteer)
            .Build();
}