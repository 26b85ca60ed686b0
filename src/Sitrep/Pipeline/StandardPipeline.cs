using Sitrep.Actors;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Pipeline;

/// <summary>The analysis pipeline Sitrep runs by default, with its bundled resources loaded once.</summary>
public static class StandardPipeline
{
    /// <summary>
    /// Every stage that exists, in the flow's order: tokens → sentences → lead → entities → times → quantities → places → actors → events.
    /// A missing NER model (a source checkout without <c>data/ner/model.bin</c>) leaves the entity layer out rather
    /// than failing; the gazetteer and the actor dictionary are required (their loaders name the file they looked for).
    /// </summary>
    public static AnalysisPipeline Create() => Create(Gazetteer.LoadDefault(), ActorDictionary.LoadDefault());

    /// <summary>
    /// The standard pipeline over already loaded resources. The event stage decides with <paramref name="eventModels"/>
    /// when given, else with the hand-written rules (still the default: docs/event-models.md has the cross-validated
    /// comparison that keeps them so).
    /// </summary>
    public static AnalysisPipeline Create(Gazetteer gazetteer, ActorDictionary actors, EventModels? eventModels = null) =>
        UpToEvents(gazetteer, actors).AddEvents(eventModels).Build();

    /// <summary>Every stage before the event stage, for callers that run event stages of their own (cross-validation).</summary>
    public static AnalysisPipelineBuilder UpToEvents(Gazetteer gazetteer, ActorDictionary actors)
    {
        var builder = new AnalysisPipelineBuilder();
        return builder
            .AddTextCore(DefaultNerModel(builder, gazetteer))
            .AddTimeAndQuantities()
            .AddPlaces(gazetteer)
            .AddActors(actors);
    }

    /// <summary>The text core alone (tokens, sentences, entities) with the default NER model and gazetteer: what <c>sitrep bench --text-core</c> times.</summary>
    public static AnalysisPipeline CreateTextCore(CancellationToken cancellationToken = default)
    {
        var builder = new AnalysisPipelineBuilder();
        return builder.AddTextCore(DefaultNerModel(builder, Gazetteer.LoadDefault(cancellationToken))).Build();
    }

    // The model reads the builder's tables, so the tagger and every stage after it share one load.
    private static NerModel? DefaultNerModel(AnalysisPipelineBuilder builder, Gazetteer gazetteer) =>
        NerModel.LoadDefault(new GeoNerGazetteer(gazetteer, builder.Tables.Names), null, builder.Tables);
}