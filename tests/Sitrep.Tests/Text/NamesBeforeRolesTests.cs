using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Text.Lexicon;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>An untagged name in apposition to a role ("X Y, the leader of …") is a person.</summary>
public sealed class NamesBeforeRolesTests
{
    private readonly PersonTitleReader reader = new(TestTables.Loaded.Words, TestTables.Loaded.Names);

    [Theory]
    [InlineData("Troops raided the camp of Kato Brel, the leader of the gang.", "Kato Brel")]
    [InlineData("The statement quoted Ana Ruiz, a spokeswoman for the ministry.", "Ana Ruiz")]
    [InlineData("They arrested Ilo Mar Dantes, the head of the cell.", "Ilo Mar Dantes")]
    [InlineData("Police said Kato Brel, the leader of the gang, fled.", "Kato Brel")]
    [InlineData("Troops raided the camp of Brel, the leader of the gang.", null)] // one word: too little to go on
    [InlineData("Troops raided Big Fort Camp Alpha, the leader of the region.", null)] // four words: not a name run
    [InlineData("Troops raided the Kato Brel camp, the leader of the gang.", null)] // the role is not next to the name
    [InlineData("Troops raided the camp of Kato Brel, the area of the gang.", null)] // no role word
    public void Marks_the_name_before_a_role(string sentence, string? expected)
    {
        var t = new EntityTestText(sentence);
        var s = t.Sentences.Sentences[0];
        var labels = new int[s.TokenCount];
        reader.MarkNamesBeforeRoles(t.Text, t.Tokens, s, labels);
        var people = NerEvaluator.SpansOf(labels).Where(x => x.Type == EntityType.Person)
            .Select(x => t.Text[t.Tokens.StartOf(s.FirstToken + x.Start)..t.Tokens.EndOf(s.FirstToken + x.End - 1)])
            .ToList();
        Assert.Equal(expected is null ? [] : [expected], people);
    }

    [Theory]
    [InlineData(EntityType.Gpe, EntityType.Person)]
    [InlineData(EntityType.Loc, EntityType.Person)]
    [InlineData(EntityType.Org, EntityType.Org)] // an organisation may have a leader's title in apposition ("X, the leader of the coalition")
    public void Retypes_a_two_word_place_before_a_role(EntityType tagged, EntityType expected)
    {
        var t = new EntityTestText("Troops raided the camp of Kato Brel, the leader of the gang.");
        var s = t.Sentences.Sentences[0];
        var labels = new int[s.TokenCount];
        labels[5] = NerLabels.Begin(tagged);
        labels[6] = NerLabels.Inside(tagged);
        reader.MarkNamesBeforeRoles(t.Text, t.Tokens, s, labels);
        Assert.Equal([NerLabels.Begin(expected), NerLabels.Inside(expected)], labels[5..7]);
    }

    [Theory]
    [InlineData("Chief Pentagon spokesman Sean Parnell said it.", "Pentagon", EntityType.Org)] // a building standing for its body names no one
    [InlineData("Chief Brel spokesman Sean Parnell said it.", "Brel", EntityType.Person)] // any other name after a title is a person
    public void A_title_makes_a_person_of_the_name_after_it_but_not_of_a_metonym(string sentence, string name, EntityType expected)
    {
        var t = new EntityTestText(sentence);
        var s = t.Sentences.Sentences[0];
        var labels = new int[s.TokenCount];
        labels[1] = NerLabels.Begin(EntityType.Org);
        reader.MarkNamesAfterTitles(t.Text, t.Tokens, s, labels);
        Assert.Equal(name, t.Text[t.Tokens.StartOf(s.FirstToken + 1)..t.Tokens.EndOf(s.FirstToken + 1)]);
        Assert.Equal(NerLabels.Begin(expected), labels[1]);
    }
}