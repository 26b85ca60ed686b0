using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Scope rules of the event stage (TriggerScope, TriggerUsage) and the same-count merge (EventMerger), one behaviour per
/// test, on sentences written for these tests.
/// </summary>
[Collection(EventTestGroup.Name)]
public sealed class EventScopeRuleTests(EventPipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2025, 6, 14); // a Saturday

    [Theory]
    [InlineData("At times, the camp held 300 prisoners, many of whom were deported to Eritrea.")]
    [InlineData("Sometimes the police detained protesters for days without charge.")]
    public void A_sentence_opened_by_a_frequency_adverbial_is_habitual(string text) =>
        Assert.Empty(Mentions(text));

    [Theory]
    [InlineData("In the past three years, reporters have been threatened and briefly detained while covering protests, press groups said.")]
    [InlineData("Over the last decade, activists have been harassed and assaulted by unknown men.")]
    public void A_present_perfect_over_a_past_period_with_no_count_is_a_pattern(string text) =>
        Assert.Empty(Mentions(text));

    [Fact]
    public void A_present_perfect_over_a_past_period_with_a_count_is_kept()
    {
        Assert.NotEmpty(Mentions("In the past week, the army has killed 40 militants in Sokoto."));
    }

    [Fact]
    public void A_statement_participle_adjunct_is_no_report_of_a_statement() =>
        Assert.DoesNotContain(Mentions("The verdict drew wide criticism on Monday, with many lawmakers calling for a retrial."), m => m.Type == PloverType.Request);

    [Fact]
    public void A_statement_in_a_clause_that_dates_the_sentence_is_a_time_anchor() =>
        Assert.Empty(Mentions("Since May 2021, when the governor called for calm, the town has been quiet."));

    [Theory]
    [InlineData("Rights groups condemned Ghana for deporting the activists to Togo.")]
    [InlineData("Press unions have condemned the editor's arrest and urged police to free him.")]
    public void An_undated_condemnation_of_an_act_is_an_event(string text)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal(PloverType.Accuse, mention.Type);
    }

    [Fact]
    public void An_undated_condemnation_of_a_person_is_an_opinion() =>
        Assert.Empty(Mentions("Rights groups condemned the government."));

    [Fact]
    public void Serving_prison_sentences_since_a_year_is_a_conviction_in_that_year()
    {
        var mention = Assert.Single(Mentions("Two of the men were freed, with the other four serving prison sentences since 2019 for fraud."), m => m.Type == PloverType.Sanction);
        Assert.Equal(2019, mention.Date?.From.Year);
    }

    [Fact]
    public void Officials_gathered_in_a_city_is_a_meeting_even_after_a_noun()
    {
        var mention = Assert.Single(Mentions("The minister spoke to defence chiefs gathered in Brussels on Tuesday."));
        Assert.Equal((PloverType.Consult, "multilateral"), (mention.Type, mention.Mode));
    }

    [Fact]
    public void An_indefinite_object_of_follow_is_an_earlier_event()
    {
        var mentions = Mentions("The statement followed another crackdown on opposition newspapers.");
        Assert.Equal(PloverType.Coerce, Assert.Single(mentions).Type);
    }

    [Fact]
    public void The_act_of_an_indefinite_of_phrase_is_a_second_event()
    {
        var mentions = Mentions("In 2019, two reporters were detained during the arrest of an opposition leader.");
        Assert.Equal(2, mentions.Count(m => m.Mode == "arrest"));
    }

    [Theory]
    [InlineData("Officials decided to remove all 30 migrants from the camp on Monday.")]
    [InlineData("Italy began sending asylum seekers to a detention center in Albania in October.")]
    public void Moving_detainees_is_coercion(string text) =>
        Assert.Equal(PloverType.Coerce, Assert.Single(Mentions(text)).Type);

    [Theory]
    [InlineData("The charity sent food to the refugees on Monday.")]
    [InlineData("The company decided to remove the posts on Monday.")]
    public void Moving_goods_is_no_coercion(string text) =>
        Assert.Empty(Mentions(text));

    [Fact]
    public void A_decided_act_is_reported_as_done() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(Mentions("Officials decided to remove all 30 migrants from the camp on Monday.")).Modality);

    [Fact]
    public void A_future_act_does_not_join_a_reported_one()
    {
        var mentions = Mentions("Police deported 30 migrants to Haiti on Monday. Lawyers said the men will be deported again.");
        Assert.Equal(EventModality.Asserted, mentions[0].Modality);
        Assert.Equal([0], mentions[0].SentenceIndexes);
    }

    [Fact]
    public void A_passive_with_a_definite_numeral_subject_refers_back()
    {
        var mentions = Mentions("Police deported 30 migrants to Haiti on Monday. A priest said he met their families after the 30 were deported.");
        Assert.Contains(1, Assert.Single(mentions, m => m.Type == PloverType.Coerce).SentenceIndexes);
    }

    [Fact]
    public void Two_acts_kept_apart_in_one_sentence_are_not_merged_by_date_and_place() =>
        Assert.Equal(2, Mentions("Kenya deported 60 refugees to Uganda in 2016 but sent 30 others back to Somalia days later.").Count);

    [Fact]
    public void A_gathering_of_officials_after_a_comma_is_a_meeting()
    {
        var mention = Assert.Single(Mentions("The next round is in Rome on Thursday, gathering the bloc's finance ministers."));
        Assert.Equal(PloverType.Consult, mention.Type);
    }

    [Fact]
    public void A_gathering_of_supporters_is_no_meeting() =>
        Assert.Empty(Mentions("The singer toured the north on Thursday, gathering thousands of new fans."));

    [Fact]
    public void Talks_going_on_over_a_week_are_no_single_event() =>
        Assert.Empty(Mentions("Foreign ministers are holding talks this week on the crisis."));

    [Fact]
    public void A_transfer_verb_without_a_detention_destination_does_not_continue_a_report()
    {
        var mentions = Mentions("Police deported 30 migrants to Haiti on Monday. Officials said many of the men sent to Haiti were gang members.");
        Assert.Equal([0], Assert.Single(mentions).SentenceIndexes);
    }

    private List<EventMention> Mentions(string text) => [.. fixture.Analyze(text, Published).Get<EventLayer>().Mentions];
}