using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Events;

/// <summary>When the actor stage ran, events take their participants from its layer, not from the entities.</summary>
public sealed class ActorLayerPathTests
{
    private static readonly AnalysisPipeline Before = new AnalysisPipelineBuilder()
        .AddTextCore(NerModel.LoadDefault()).AddTimeAndQuantities().Build();

    private static readonly EventMentionStage Stage = new(TriggerLexicon.LoadDefault());

    [Fact]
    public void Participants_come_from_the_actor_layer()
    {
        const string text = "Ecuadorian forces attacked a camp of the Border Commandos on Friday.";
        var document = Analyze(text,
            Actor(text, "Ecuadorian forces", "Ecuador military", "EC", ActorSector.Military),
            Actor(text, "Border Commandos", "Comandos de la Frontera", "CO", ActorSector.Criminal));
        var mention = Assert.Single(document.Get<EventLayer>().Mentions);
        Assert.Equal("Ecuador military", Assert.Single(mention.Actors).Name);
        Assert.Equal("Comandos de la Frontera", Assert.Single(mention.Recipients).Name);
    }

    [Fact]
    public void A_passive_sentence_swaps_actor_layer_participants()
    {
        const string text = "Three police officers were killed by gang members in Guayaquil on Friday.";
        var document = Analyze(text,
            Actor(text, "police officers", "Ecuador police", "EC", ActorSector.Police),
            Actor(text, "gang members", "gang members", null, ActorSector.Criminal));
        var mention = Assert.Single(document.Get<EventLayer>().Mentions);
        Assert.Equal("gang members", Assert.Single(mention.Actors).Name);
        Assert.Equal("Ecuador police", Assert.Single(mention.Recipients).Name);
    }

    private static Document Analyze(string text, params ActorMention[] actors)
    {
        var document = new Document("a", text, new DateOnly(2026, 3, 7));
        Before.Process(document);
        document.Add(new ActorLayer(actors));
        Stage.Process(document);
        return document;
    }

    private static ActorMention Actor(string text, string surface, string name, string? country, ActorSector sector)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return new ActorMention(new TextSpan(start, start + surface.Length), name, [surface], country, sector, null);
    }
}