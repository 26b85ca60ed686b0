using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

/// <summary>Phrase-level behaviour of the resolver on short texts run through the real text core.</summary>
[Collection(ActorTestGroup.Name)]
public sealed class ActorResolverTests(ActorFixture fixture)
{
    [Theory]
    [InlineData("Ecuadorian forces sank a vessel on Monday.", "Ecuadorian forces", "Ecuador military", "EC", ActorSector.Military)]
    [InlineData("Ecuadoran forces sank a vessel on Monday.", "Ecuadoran forces", "Ecuador military", "EC", ActorSector.Military)]
    [InlineData("American forces struck a boat in the Caribbean.", "American forces", "United States military", "US", ActorSector.Military)]
    [InlineData("U.S. troops returned to the base in December.", "U.S. troops", "United States military", "US", ActorSector.Military)]
    [InlineData("Ecuador's defense ministry said the camp was destroyed.", "Ecuador's defense ministry", "Ecuador military", "EC", ActorSector.Military)]
    [InlineData("Somali security forces killed 16 militants.", "Somali security forces", "Somalia military", "SO", ActorSector.Military)]
    [InlineData("The attack was repelled by security forces in Somalia on Tuesday.", "security forces in Somalia", "Somalia military", "SO", ActorSector.Military)]
    [InlineData("Zimbabwe police arrested the journalist.", "Zimbabwe police", "Zimbabwe police", "ZW", ActorSector.Police)]
    [InlineData("Thai authorities deported 40 men.", "Thai authorities", "Thailand government", "TH", ActorSector.Government)]
    [InlineData("The boat was carrying drug traffickers, officials said.", "drug traffickers", "drug traffickers", null, ActorSector.Criminal)]
    [InlineData("The strike killed six drug smugglers on Tuesday.", "drug smugglers", "drug smugglers", null, ActorSector.Criminal)]
    [InlineData("Ecuador said it would extradite the suspect.", "Ecuador", "Ecuador", "EC", ActorSector.Government)]
    [InlineData("Last year the United States designated both gangs as terrorist organizations.", "United States", "United States", "US", ActorSector.Government)]
    [InlineData("The operation was announced by U.S. Southern Command on Friday.", "U.S. Southern Command", "U.S. Southern Command", "US", ActorSector.Military)]
    [InlineData("A video was shared by SOUTHCOM on Friday.", "SOUTHCOM", "U.S. Southern Command", "US", ActorSector.Military)]
    [InlineData("The camp was used by the Comandos de la Frontera, officials said.", "Comandos de la Frontera", "Comandos de la Frontera", "CO", ActorSector.Rebel)]
    [InlineData("The hotel was stormed by al-Shabab fighters on Tuesday.", "al-Shabab", "al-Shabab", "SO", ActorSector.Rebel)]
    [InlineData("The strike was ordered by the Pentagon on Friday.", "Pentagon", "Department of Defense", "US", ActorSector.Military)]
    [InlineData("A statement from the Department of War followed.", "Department of War", "Department of Defense", "US", ActorSector.Military)]
    [InlineData("The government of Ecuador denied the report.", "government of Ecuador", "Ecuador government", "EC", ActorSector.Government)]
    public void Agent_and_named_phrases_resolve(string text, string surface, string name, string? country, ActorSector sector)
    {
        var mentions = fixture.Resolve(text, new DateOnly(2026, 3, 7));
        var mention = Assert.Single(mentions, m => m.Span.Of(text).ToString() == surface);
        Assert.Equal(name, mention.Name);
        Assert.Equal(country, mention.Country);
        Assert.Equal(sector, mention.Sector);
    }

    [Fact]
    public void A_title_before_a_known_name_keeps_the_dictionary_entry()
    {
        const string text = "In January, the U.S. attacked Venezuela, capturing President Nicolás Maduro to extradite him.";
        var mention = Assert.Single(fixture.Resolve(text, new DateOnly(2026, 3, 7)), m => m.Span.Of(text).ToString().Contains("Maduro", StringComparison.Ordinal));
        Assert.Equal("Nicolas Maduro", mention.Name);
        Assert.Equal("VE", mention.Country);
        Assert.Equal(ActorSector.Government, mention.Sector);
    }

    [Theory]
    [InlineData("Troops raided the house of Juan Pereira, the leader of Los Lobos, on Friday.", "Juan Pereira", "Los Lobos", ActorSector.Criminal)]
    [InlineData("Soldiers bombed the camp of Ana Ruiz, the commander of the Comandos de la Frontera, on Friday.", "Ana Ruiz", "Comandos de la Frontera", ActorSector.Rebel)]
    public void A_named_member_of_an_armed_group_is_coded_as_the_group(string text, string person, string group, ActorSector sector)
    {
        var mention = Assert.Single(fixture.Resolve(text, new DateOnly(2026, 3, 7)), m => m.Span.Of(text).ToString() == person);
        Assert.Equal(group, mention.Name);
        Assert.Equal(sector, mention.Sector);
        Assert.Contains(person, mention.Aliases);
    }

    [Fact]
    public void A_named_state_commander_stays_a_person()
    {
        const string text = "SOUTHCOM Commander General Francis Donovan said the strike was lawful.";
        var mention = Assert.Single(fixture.Resolve(text, new DateOnly(2026, 3, 7)), m => m.Span.Of(text).ToString().Contains("Donovan", StringComparison.Ordinal));
        Assert.Equal("Francis Donovan", mention.Name);
        Assert.Equal(ActorSector.Military, mention.Sector);
    }

    [Fact]
    public void Joint_actors_stay_two_mentions()
    {
        const string text = "U.S. and Ecuadoran forces conducted joint strikes inside Ecuador on Friday.";
        var mentions = fixture.Resolve(text, new DateOnly(2026, 3, 7));
        Assert.Contains(mentions, m => m.Name == "United States military" && m.Country == "US");
        Assert.Contains(mentions, m => m.Name == "Ecuador military" && m.Country == "EC");
        Assert.DoesNotContain(mentions, m => m.Name == "Ecuador" && m.Span.Of(text).ToString() == "Ecuador");
    }

    [Fact]
    public void Surname_follows_the_link_to_the_full_name()
    {
        const string text = "President Daniel Noboa said the camp was destroyed. Noboa posted a video on Saturday.";
        var mentions = fixture.Resolve(text, new DateOnly(2026, 3, 7));
        var later = Assert.Single(mentions, m => m.Span.Start == text.LastIndexOf("Noboa", StringComparison.Ordinal));
        Assert.Equal("Daniel Noboa", later.Name);
        Assert.Equal("EC", later.Country);
        Assert.Equal(ActorSector.Government, later.Sector);
    }

    [Theory]
    [InlineData(2019, 6, 1, ActorSector.Government)]
    [InlineData(2023, 6, 1, ActorSector.Civilian)]
    [InlineData(2025, 3, 1, ActorSector.Government)]
    public void Roles_follow_the_documents_date(int year, int month, int day, ActorSector expected)
    {
        const string text = "Donald Trump spoke to reporters on Monday.";
        var mention = Assert.Single(fixture.Resolve(text, new DateOnly(year, month, day)), m => m.Name == "Donald Trump");
        Assert.Equal(expected, mention.Sector);
    }

    [Fact]
    public void A_lone_title_is_left_unresolved()
    {
        const string text = "\"We destroyed the hideout,\" the 38-year-old leader wrote in the post.";
        var mentions = fixture.Resolve(text, new DateOnly(2026, 3, 7));
        Assert.DoesNotContain(mentions, m => m.Span.Of(text).ToString().Contains("leader", StringComparison.Ordinal));
    }

    [Fact]
    public void Aliases_carry_the_dictionarys_other_names()
    {
        const string text = "The statement was posted by SOUTHCOM on Friday.";
        var mention = Assert.Single(fixture.Resolve(text, new DateOnly(2026, 3, 7)), m => m.Name == "U.S. Southern Command");
        Assert.Contains("SOUTHCOM", mention.Aliases);
        Assert.Contains("United States Southern Command", mention.Aliases);
    }

    [Fact]
    public void Without_an_entity_layer_agent_phrases_still_resolve()
    {
        var document = new Sitrep.Documents.Document("t", "Ecuadorian forces sank a vessel.");
        new Sitrep.Pipeline.AnalysisPipelineBuilder().Add(new Sitrep.Text.TokenizerStage()).Build().Process(document);
        var mention = Assert.Single(fixture.Resolver.Resolve(document));
        Assert.Equal("Ecuador military", mention.Name);
    }
}