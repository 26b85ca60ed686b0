using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Tests.Text;

/// <summary>Acronyms of organisations named in the article become organisations everywhere in it.</summary>
public sealed class AcronymRepairTests
{
    [Theory]
    [InlineData("The [ORG Northern Valley Militia] attacked. Later the NVM withdrew.", "NVM")] // initials of an organisation
    [InlineData("The [ORG Harbour Safety Board] (HSB) met. HSB inspectors left.", "HSB")] // defined in brackets, used again
    [InlineData("The leader of the QRT ([ORG Green Hawks]) fled.", "QRT")] // organisation in brackets after it
    [InlineData("The [ORG TLM] said so. Then TLM fighters left.", "TLM")] // tagged once, so everywhere
    public void Finds_acronyms_of_organisations(string marked, string acronym)
    {
        var entities = Repair(marked, out var text);
        var tokens = text.Tokens;
        var plain = text.Text;
        var all = Enumerable.Range(0, tokens.Count).Count(t => tokens.TextOf(plain, t).SequenceEqual(acronym));
        var found = entities.Count(e => e.Type == EntityType.Org && Surface(text, e) == acronym);
        Assert.Equal(all, found);
    }

    [Theory]
    [InlineData("The NVM withdrew from the town.")] // nothing defines it
    [InlineData("The [ORG Northern Valley Militia] attacked. WE SAW NVM TRUCKS.")] // all capitals
    [InlineData("The [ORG Northern Valley Militia] attacked. Later the NLA withdrew.")] // not its initials
    public void Leaves_other_capitals_alone(string marked)
    {
        var entities = Repair(marked, out var text);
        Assert.Equal(text.Entities.Count, entities.Count);
    }

    [Theory]
    [InlineData("Testland's National Intelligence and [ORG Security Agency] (NISA) said.", "National Intelligence and Security Agency")] // the tagger cut the name
    [InlineData("The Harbour Safety Board (HSB) met.", "Harbour Safety Board")] // untagged
    [InlineData("Troops of the Comandos de la Frontera (CDF) fled.", "Comandos de la Frontera")] // connectors inside
    public void An_acronym_in_brackets_defines_the_name_before_it(string marked, string expected)
    {
        var entities = Repair(marked, out var text);
        Assert.Contains(entities, e => e.Type == EntityType.Org && Surface(text, e) == expected);
    }

    [Theory]
    [InlineData("The talks with [PERSON Harbour Safety] (HS) ended.")] // a person is no definition
    [InlineData("The ship left the harbour (HSB) early.")] // lower-case words define nothing
    public void An_acronym_in_brackets_leaves_other_names_alone(string marked)
    {
        var entities = Repair(marked, out var text);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Org && e.End - e.First > 1);
    }

    private static List<EntityCandidate> Repair(string marked, out EntityTestText text)
    {
        var parsed = new EntityTestText(marked);
        text = parsed;
        var entities = parsed.Entities.ToList();
        var sentenceOf = entities.Select(e => parsed.Sentences.Sentences.First(s => s.EndToken > e.First)).ToList();
        new AcronymRepair(TestTables.Loaded.Words).Apply(parsed.Text, parsed.Tokens, parsed.Sentences.Sentences, entities, sentenceOf);
        return entities;
    }

    private static string Surface(EntityTestText text, EntityCandidate e) => text.Text[text.Tokens.StartOf(e.First)..text.Tokens.EndOf(e.End - 1)];
}