using Sitrep.Documents;
using Sitrep.Tests.Geo;
using Sitrep.Text;
using Sitrep.Text.Lexicon;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>Outlets and research groups quoted as sources (data/ner/source-cues.tsv) are organisations, people are not.</summary>
[Collection(GazetteerTestGroup.Name)]
public sealed class SourceCueRepairTests(GazetteerFixture fixture)
{
    [Theory]
    [InlineData("According to Harbor Watch, the port closed.", "Harbor Watch")] // before: according to
    [InlineData("A commander told Reuters the base was hit.", "Reuters")] // before: told
    [InlineData("The town was shelled, Delta Monitor reported.", "Delta Monitor")] // after: reported
    [InlineData("The Coastal Ledger reported that ten died.", "Coastal Ledger")] // "The" is no part of the name
    [InlineData("Fields said Andean Insight, a research group in Lima, counted 40.", "Andean Insight")] // apposition
    [InlineData("According to [GPE Zorblat], the strikes went on.", "Zorblat")] // typed as a place no gazetteer knows
    [InlineData("The army told AFP Monday that it had won.", "AFP")] // a weekday ends the name
    public void Tags_sources_as_organisations(string marked, string name)
    {
        var (text, entities) = Repair(marked);
        Assert.Contains(entities, e => e.Type == EntityType.Org && Surface(text, e) == name);
    }

    [Theory]
    [InlineData("The mayor told Maria Lopez about the fire.")] // a listed given name
    [InlineData("[PERSON Tomas Ruiz] spoke. The mayor told Ruiz to leave.")] // a person the article names
    [InlineData("Officials reported two deaths.")] // one word opening the sentence
    [InlineData("According to [GPE Colombia], the strikes went on.")] // a known place
    [InlineData("According to [PERSON Ana Vargas], the strikes went on.")] // a tagged person of two words
    [InlineData("The army said it told General Ruiz.")] // a title before the name
    public void Leaves_people_and_places_alone(string marked)
    {
        var text = new EntityTestText(marked);
        var (_, entities) = Repair(marked);
        Assert.Equal(text.Entities.Select(e => e.Type), entities.Select(e => e.Type));
    }

    private (EntityTestText Text, List<EntityCandidate> Entities) Repair(string marked)
    {
        var text = new EntityTestText(marked);
        var entities = text.Entities.ToList();
        var sentenceOf = entities.Select(_ => text.Sentences.Sentences[0]).ToList();
        new SourceCueRepair(TestTables.Loaded.Words, TestTables.Loaded.Names, new GeoNerGazetteer(fixture.Gazetteer, TestTables.Loaded.Names))
            .Apply(text.Text, text.Tokens, text.Sentences.Sentences, entities, sentenceOf);
        return (text, entities);
    }

    private static string Surface(EntityTestText text, EntityCandidate e) => text.Text[text.Tokens.StartOf(e.First)..text.Tokens.EndOf(e.End - 1)];
}