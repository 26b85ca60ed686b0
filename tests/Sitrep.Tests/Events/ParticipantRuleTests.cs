using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// Who did what to whom (issue 8), through the standard pipeline with its actor dictionary, on sentences written in
/// news style for these tests: one behaviour per test, each rule with a few phrasings.
/// </summary>
public sealed class ParticipantRuleTests(ParticipantRuleTests.PipelineFixture fixture) : IClassFixture<ParticipantRuleTests.PipelineFixture>
{
    private static readonly DateOnly Published = new(2025, 6, 14);

    [Theory]
    [InlineData("More than 40 schoolgirls were freed by their captors in Kebbi on Tuesday.", "captors")]
    [InlineData("The senator was sanctioned by the European Union in 2024 for undermining democracy.", "European Union")]
    [InlineData("Two reporters were detained by the local police in Goma on Friday.", "Democratic Republic of the Congo police")]
    public void A_by_phrase_acts_through_its_determiners(string text, string actor) =>
        Assert.Contains(Single(text).Actors, a => Names(a).Contains(actor));

    [Theory]
    [InlineData("The attack followed an operation conducted by Somalia's National Intelligence and Security Agency (NISA) hours earlier.", "National Intelligence and Security Agency")]
    public void A_country_possessing_the_acting_body_is_folded_into_it(string text, string actor) =>
        Assert.Equal([actor], Single(text).Actors.Select(a => a.Name));

    [Theory]
    [InlineData("During a summit with Latin American leaders, President Donald Trump signed the accord on Friday.", "donald trump")]
    [InlineData("Soldiers travelling aboard police trucks arrested 12 smugglers in Goma on Friday.", "soldiers")]
    public void A_phrase_inside_a_prepositional_phrase_is_no_subject(string text, string actor) =>
        Assert.Equal([actor], Single(text).Actors.Select(a => a.Name.ToLowerInvariant()));

    [Fact]
    public void A_subject_after_a_subordinating_before_is_the_subject()
    {
        var mention = Mentions("The publisher spent 800 days in prison before a court in October sentenced him again.")
            .Single(m => m.Type == PloverType.Sanction);
        Assert.Contains(mention.Actors, a => a.Name == "court");
    }

    [Theory]
    [InlineData("Police arrested two men during the abduction of 30 students by gunmen near Gusau on Friday.", "gunmen", "students")]
    public void An_event_noun_takes_its_by_phrase_and_of_object(string text, string actor, string recipient)
    {
        var mention = Mentions(text).Single(m => m.Type == PloverType.Assault);
        Assert.Equal([actor], mention.Actors.Select(a => a.Name.ToLowerInvariant()));
        Assert.Equal([recipient], mention.Recipients.Select(a => a.Name.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("Boko Haram's 2014 abduction of 276 schoolgirls shocked the world.", "Boko Haram", null)]
    public void An_armed_possessor_of_an_event_noun_acts(string text, string actor, string? recipient)
    {
        var mention = Mentions(text).First(m => m.Type == PloverType.Assault);
        Assert.Equal(actor, Assert.Single(mention.Actors).Name);
        Assert.DoesNotContain(mention.Recipients, r => r.Name == recipient);
    }

    [Theory]
    [InlineData("On Friday, Moyo was expelled from the ZANU-PF party for insulting the president.", "ZANU-PF")]
    public void An_expulsion_is_done_by_the_body_one_is_expelled_from(string text, string actor) =>
        Assert.Equal([actor], Single(text).Actors.Select(a => a.Name));

    [Theory]
    [InlineData("In November, a terrorist cell was dismantled in Seville, Spain.", "ES")]
    [InlineData("In 2022, two journalists were arrested in Harare, Zimbabwe, for taking photos.", "ZW")]
    public void An_arrest_told_without_its_agent_is_the_police_of_its_country(string text, string country)
    {
        var actor = Assert.Single(Single(text).Actors);
        Assert.Equal((country, Sitrep.Actors.ActorSector.Police), (actor.Country, actor.Sector));
    }

    [Fact]
    public void A_killing_told_without_its_agent_stays_without_one() =>
        Assert.Empty(Single("A journalist was killed in Harare, Zimbabwe, on Friday.").Actors);

    [Fact]
    public void Quotation_marks_around_the_trigger_do_not_cut_off_the_subject() =>
        Assert.Contains(Single("Kenyan forces carried out \u201clethal kinetic strikes\u201d against militants near Lamu on Friday.").Actors,
            a => a.Country == "KE");

    [Fact]
    public void What_is_called_for_is_no_recipient_of_the_call() =>
        Assert.Empty(Mentions("Nine rights groups this week called for John Moyo's immediate release.")
            .Single(m => m.Type == PloverType.Request).Recipients);

    [Fact]
    public void A_fronted_gerund_takes_the_subject_of_the_main_clause()
    {
        var arrest = Mentions("After arresting them for illegal entry in 2014, Thailand deported 40 Uyghurs to China on Feb. 27.")
            .Single(m => m.Mode == "arrest");
        Assert.Equal(["Thailand"], arrest.Actors.Select(a => a.Name));
    }

    [Fact]
    public void A_demonym_and_an_agency_noun_make_a_state_actor()
    {
        var mention = Single("On Monday, the Moroccan counterterror agency broke up a terrorist cell in Tetouan.");
        Assert.Equal("MA", Assert.Single(mention.Actors).Country);
        Assert.Equal("terrorist cell", Assert.Single(mention.Recipients).Name);
    }

    [Fact]
    public void A_country_the_tagger_missed_still_acts() =>
        Assert.Contains(Single("In January, the U.S. attacked Venezuela, capturing its president.").Actors, a => a.Name == "United States");

    [Fact]
    public void An_appositive_is_not_the_subject_of_a_state_of_custody()
    {
        var mention = Mentions("Blessed Moyo, a journalist with NewsDay, has been in custody since Feb. 24. Lawyers for Moyo said the charges were false.")[0];
        Assert.Contains(mention.Recipients, r => r.Name.EndsWith("Moyo", StringComparison.Ordinal));
        Assert.DoesNotContain(mention.Actors, a => a.Name == "NewsDay");
    }

    private static IReadOnlyList<string> Names(Sitrep.Actors.ActorMention actor) => [actor.Name, .. actor.Aliases];

    private EventMention Single(string text) => Mentions(text)[^1];

    private List<EventMention> Mentions(string text)
    {
        var document = new Document("t", text, Published);
        fixture.Pipeline.Process(document);
        return [.. document.Get<EventLayer>().Mentions];
    }

    /// <summary>The standard pipeline, loaded once for the class.</summary>
    public sealed class PipelineFixture
    {
        public AnalysisPipeline Pipeline { get; } = StandardPipeline.Create();
    }
}