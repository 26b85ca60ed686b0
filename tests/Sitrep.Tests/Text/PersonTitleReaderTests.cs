using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Tests.Text;

public sealed class PersonTitleReaderTests
{
    private readonly PersonTitleReader reader = new(TestTables.Loaded.Words, TestTables.Loaded.Names);

    [Theory]
    [InlineData("The statement said [ORG SOUTHCOM] Commander General [PERSON Francis Donovan] directed it.", "Francis Donovan", "General", "Commander", "SOUTHCOM")]
    [InlineData("The statement said SOUTHCOM Commander General [PERSON Francis Donovan] directed it.", "Francis Donovan", "General", "Commander", "SOUTHCOM")]
    [InlineData("It was ordered by Chief [ORG Pentagon] spokesman [PERSON Sean Parnell] today.", "Sean Parnell", null, "Chief spokesman", "Pentagon")]
    [InlineData("It was at the order of [ORG Pentagon] chief [PERSON Pete Hegseth] today.", "Pete Hegseth", null, "chief", "Pentagon")]
    [InlineData("[GPE Ecuador]'s right-wing President [PERSON Daniel Noboa] said so.", "Daniel Noboa", "President", null, "Ecuador")]
    [InlineData("[ORG SOUTHCOM] commander Gen. [PERSON Francis Donovan] meanwhile said so.", "Francis Donovan", "General", "Commander", "SOUTHCOM")]
    [InlineData("At the order of @SecWar, #SOUTHCOM Commander Gen. [PERSON Francis L. Donovan] directed it.", "Francis L. Donovan", "General", "Commander", "SOUTHCOM")]
    [InlineData("[NORP Turkish] Defense Minister [PERSON Hulusi Akar] reiterated the stance.", "Hulusi Akar", null, "Defense Minister", "Turkish")]
    [InlineData("He met Lt. Gen. [PERSON John Smith] there.", "John Smith", "Lieutenant General", null, null)]
    [InlineData("He met with [PERSON Mark Schafer], head of [ORG U.S. Special Operations] in the region.", "Mark Schafer", null, "head", "U.S. Special Operations")]
    [InlineData("They hit [PERSON Mono Tole], the leader of the [ORG CDF] group.", "Mono Tole", null, "leader", "CDF")]
    [InlineData("They hit [PERSON Ana Ruiz], the head of the [ORG Comandos de la Frontera] in the north.", "Ana Ruiz", null, "head", "Comandos de la Frontera")]
    [InlineData("Noboa is a close ally of President [PERSON Trump].", "Trump", "President", null, null)]
    [InlineData("Noboa stood next to Mr. [PERSON Trump].", "Trump", "Mr.", null, null)]
    [InlineData("Officials said [PERSON Maria Lopez] was not there.", "Maria Lopez", null, null, null)]
    public void Reads_titles_roles_and_organisations(string marked, string person, string? title, string? role, string? organization)
    {
        var t = new EntityTestText(marked);
        var index = t.EntityIndex(person);
        var sentence = t.Sentences.Sentences[t.Sentences.IndexAt(t.Tokens.StartOf(t.Entities[index].First))];
        var description = reader.Describe(t.Text, t.Tokens, sentence, t.Entities[index], t.Entities, t.EntityAt());
        Assert.Equal((title, role, organization), (description.Title, description.Role, description.Organization));
    }

    [Theory]
    [InlineData("General Francis Donovan", "Francis Donovan")]
    [InlineData("President Daniel Noboa", "Daniel Noboa")]
    [InlineData("Donovan", "Donovan")]
    public void Peels_titles_off_person_spans(string name, string expected)
    {
        var tokens = new TokenizerStage().Tokenize(name);
        var first = reader.PeelTitles(name, tokens, 0, tokens.Count);
        Assert.Equal(expected, name[tokens.StartOf(first)..]);
    }
}