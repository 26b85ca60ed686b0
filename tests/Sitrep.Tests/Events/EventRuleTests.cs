using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// The general rules of trigger scope, participants, dates and merging, one behaviour per test, on sentences written
/// in news style for these tests.
/// </summary>
[Collection(EventTestGroup.Name)]
public sealed class EventRuleTests(EventPipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2025, 6, 14); // a Saturday

    [Theory]
    [InlineData("Troops killed four gunmen near Kaduna and later killed 30 bandits in airstrikes near Zaria.", 4, 30)]
    [InlineData("Police arrested five suspects in Mombasa but then arrested 12 more in Nairobi.", null, null)]
    public void A_second_act_told_as_a_further_step_is_an_event_of_its_own(string text, int? first, int? second)
    {
        var mentions = Mentions(text);
        Assert.Equal(2, mentions.Count);
        Assert.Equal(first, (int?)mentions[0].Fatalities?.Min);
        Assert.Equal(second, (int?)mentions[1].Fatalities?.Min);
    }

    [Fact]
    public void Acts_of_one_type_in_different_modes_are_separate_events()
    {
        var mentions = Mentions("Police detained 14 migrants in Tijuana on Monday and deported them to Guatemala on Wednesday.");
        Assert.Equal(["arrest", "deport"], mentions.Select(m => m.Mode));
    }

    [Fact]
    public void A_nominal_trigger_after_an_indefinite_article_opens_a_new_event()
    {
        var mentions = Mentions(
            "Militants attacked a market in Gao on Monday, killing three people. " +
            "The attack followed an operation conducted by the army near Kidal, which killed nine fighters.");
        Assert.Equal(2, mentions.Count);
        Assert.Equal(9, mentions[1].Fatalities?.Min);
    }

    [Fact]
    public void A_superlative_picks_out_another_event_rather_than_referring_back()
    {
        var mentions = Mentions(
            "Militants attacked a market in Gao on Monday, killing three people. " +
            "The deadliest attack on the town, in 2012, killed 40 people.");
        Assert.Equal(2, mentions.Count);
        Assert.Equal("2012-01-01", mentions[1].Date?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_same_death_toll_told_again_is_the_same_event()
    {
        var mentions = Mentions(
            "The air force killed 40 insurgents in airstrikes near Maiduguri. " +
            "In a statement on Tuesday, the army said aircraft had killed 40 insurgents.");
        Assert.Equal([0, 1], Assert.Single(mentions).SentenceIndexes);
    }

    [Fact]
    public void A_pronoun_subject_continues_the_event_even_with_another_count()
    {
        var mentions = Mentions(
            "Gunmen attacked a hotel in Mogadishu on Tuesday, killing five people. " +
            "In a statement, the group said it had killed more than 10 people.");
        Assert.Equal(5, Assert.Single(mentions).Fatalities?.Min);
    }

    [Fact]
    public void A_definite_noun_refers_to_the_event_that_used_the_same_word()
    {
        var mentions = Mentions(
            "Soldiers killed six gunmen who had laid siege to a hotel in Kismayo and later killed 20 militants in airstrikes near Jilib. " +
            "The siege ended early on Wednesday.");
        Assert.Equal(2, mentions.Count);
        Assert.Contains(1, mentions[0].SentenceIndexes);
        Assert.DoesNotContain(1, mentions[1].SentenceIndexes);
    }

    [Fact]
    public void A_reference_back_does_not_take_the_date_of_its_reporting_clause()
    {
        var mentions = Mentions(
            "Police arrested the editor in Harare on May 30. " +
            "Speaking on Friday, his lawyer said the arrest was unlawful.");
        var mention = Assert.Single(mentions);
        Assert.Equal(new DateOnly(2025, 5, 30), mention.Date?.From);
    }

    [Theory]
    [InlineData("The suspects were charged with murder, assault and kidnapping.")]
    public void Crimes_charged_are_no_events(string text) =>
        Assert.Empty(Mentions(text));

    [Fact]
    public void A_time_adverbial_before_the_verb_is_not_an_object_noun_phrase()
    {
        Assert.Single(Mentions("Rights groups this week called for the journalist's immediate release."), m => m.Type == PloverType.Request);
    }

    [Fact]
    public void Custody_since_a_date_is_an_arrest_on_that_date()
    {
        var mention = Assert.Single(Mentions("The reporter has been in custody since June 3 over a post on social media."));
        Assert.Equal((PloverType.Coerce, "arrest", EventKind.Incident), (mention.Type, mention.Mode, mention.Kind));
        Assert.Equal(new DateOnly(2025, 6, 3), mention.Date?.From);
    }

    [Fact]
    public void Sending_people_back_is_a_deportation()
    {
        var mention = Assert.Single(Mentions("Kenya sent 20 refugees back to Somalia on Thursday."));
        Assert.Equal((PloverType.Coerce, "deport"), (mention.Type, mention.Mode));
    }

    [Fact]
    public void The_subject_is_the_phrase_nearest_before_the_verb()
    {
        var mention = Assert.Single(Mentions("In a city where militants once ruled, soldiers arrested 12 smugglers on Friday."));
        Assert.Equal(["soldiers"], mention.Actors.Select(a => a.Name));
    }

    [Fact]
    public void Coordinated_subjects_stay_together()
    {
        var mention = Assert.Single(Mentions("On Friday, soldiers and police arrested 12 smugglers in Tijuana."));
        Assert.Equal(["soldiers", "police"], mention.Actors.Select(a => a.Name));
    }

    [Fact]
    public void A_pronoun_subject_of_reported_speech_is_the_speaker()
    {
        var mention = Assert.Single(Mentions("On Friday, police said they arrested 12 smugglers in Tijuana."));
        Assert.Equal(["police"], mention.Actors.Select(a => a.Name));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_is_the_phrase_before_who()
    {
        var mention = Assert.Single(Mentions("Police questioned the journalists, who were arrested by soldiers in Goma on Friday."));
        Assert.Equal(["soldiers"], mention.Actors.Select(a => a.Name));
        Assert.Equal(["journalists"], mention.Recipients.Select(a => a.Name));
    }

    [Fact]
    public void A_reference_back_and_a_new_event_of_the_same_type_in_one_sentence_are_both_kept()
    {
        var mentions = Mentions(
            "Gunmen kidnapped 40 pupils in Kebbi on Friday. " +
            "Their kidnapping recalled the rebels' 2014 kidnapping of 276 pupils in Chibok.");
        Assert.Equal(2, mentions.Count);
        Assert.Equal(2014, mentions[1].Date?.From.Year);
    }

    [Fact]
    public void A_quotation_closed_by_the_other_kind_of_mark_ends_there()
    {
        var mentions = Mentions(
            "\"We will rebuild the market before the rains come,\u201d the governor said. " +
            "Police arrested three men in Kano on Monday.");
        Assert.Equal(PloverType.Coerce, Assert.Single(mentions).Type);
    }

    private List<EventMention> Mentions(string text) => [.. fixture.Analyze(text, Published).Get<EventLayer>().Mentions];
}