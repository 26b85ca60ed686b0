using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Events;

/// <summary>The standard pipeline up to events, built once for all event tests (the gazetteer takes a while to load).</summary>
public sealed class EventPipelineFixture
{
    public EventPipelineFixture()
    {
        UpToEvents = new AnalysisPipelineBuilder()
            .AddTextCore(NerModel.LoadDefault())
            .AddTimeAndQuantities()
            .AddPlaces(Gazetteer.LoadDefault())
            .Build();
        Pipeline = new AnalysisPipeline([.. UpToEvents.Stages, new EventMentionStage(TriggerLexicon.LoadDefault())]);
    }

    public AnalysisPipeline Pipeline { get; }

    /// <summary>Every stage of <see cref="Pipeline"/> before the event stage.</summary>
    public AnalysisPipeline UpToEvents { get; }

    /// <summary>Analyses one text published on <paramref name="published"/>.</summary>
    public Document Analyze(string text, DateOnly? published = null)
    {
        var document = new Document("t", text, published);
        Pipeline.Process(document);
        return document;
    }
}

[CollectionDefinition(Name)]
public sealed class EventTestGroup : ICollectionFixture<EventPipelineFixture>
{
    public const string Name = "events";
}