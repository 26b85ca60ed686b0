using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>Phrase-level behaviour of the event stage on sentences written in news style for these tests.</summary>
[Collection(EventTestGroup.Name)]
public sealed class EventMentionStageTests(EventPipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2025, 6, 14); // a Saturday

    [Theory]
    [InlineData("Rebels attacked an army base in Kidal on Thursday, killing at least 12 soldiers.", "ASSAULT", null, "2025-06-12", "Kidal", 12)]
    [InlineData("Police arrested a local mayor in Cali on Monday.", "COERCE", "arrest", "2025-06-09", "Cali", null)]
    [InlineData("Gunmen kidnapped 20 passengers near Kaduna on Tuesday.", "ASSAULT", "abduct", "2025-06-10", "Kaduna", null)]
    [InlineData("The foreign minister held talks in Nairobi with his Kenyan counterpart on Wednesday.", "CONSULT", "meet", "2025-06-11", "Nairobi", null)]
    [InlineData("Israeli jets launched airstrikes on Gaza City on Friday.", "ASSAULT", "aerial", "2025-06-13", "Gaza", null)]
    [InlineData("The authorities deported 35 migrants from Tijuana last week.", "COERCE", "deport", "2025-06-02..2025-06-08", "Tijuana", null)]
    [InlineData("Hundreds of farmers protested in Lima on Friday against the new tax.", "PROTEST", "demo", "2025-06-13", "Lima", null)]
    public void Incidents_are_typed_dated_placed_and_counted(string text, string type, string? mode, string date, string place, int? fatalities)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal(type, PloverTypeNames.NameOf(mention.Type));
        Assert.Equal(mode, mention.Mode);
        Assert.Equal(EventKind.Incident, mention.Kind);
        Assert.Equal(date, Format(mention.Date));
        Assert.StartsWith(place, mention.Place?.Name, StringComparison.Ordinal);
        Assert.Equal(fatalities, mention.Fatalities is { } f ? (int)f.Min : null);
    }

    [Theory]
    [InlineData("The president said the economy was growing.")]
    [InlineData("The camp had a capacity for 50 people, but officials did not say if anyone was killed.")]
    [InlineData("No details on casualties were given.")]
    [InlineData("It is not clear whether the strikes will continue.")]
    [InlineData("Analysts wrote that the region could see more attacks.")]
    [InlineData("The group frequently conducts bombings in the capital.")]
    [InlineData("She told reporters that she was worried about the risk of deportation.")]
    public void Reporting_negation_capacity_and_opinion_create_no_event(string text) =>
        Assert.Empty(Mentions(text));

    [Theory]
    [InlineData("Since January, the air force has conducted dozens of airstrikes on rebel positions, killing more than 200 fighters.")]
    [InlineData("The kidnapping was the fifth such incident since March.")]
    public void Campaign_summaries_are_aggregates(string text)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal(EventKind.Aggregate, mention.Kind);
    }

    [Theory]
    [InlineData("Militants allegedly attacked a checkpoint near Mosul on Sunday.", EventModality.Alleged)]
    [InlineData("The army will deploy troops to the border on Monday.", EventModality.Planned)]
    [InlineData("A militant group claimed responsibility for the bombing in Quetta on Friday.", EventModality.Claimed)]
    public void Modality_follows_the_cue(string text, EventModality modality) =>
        Assert.Equal(modality, Assert.Single(Mentions(text)).Modality);

    [Fact]
    public void A_report_over_several_sentences_is_one_mention()
    {
        var mentions = Mentions(
            "Colombian troops carried out raids against a rebel camp in Cauca on Tuesday. " +
            "The raids targeted a commander of the group. " +
            "The operation ended after six hours, the army said.");
        var mention = Assert.Single(mentions);
        Assert.Equal([0, 1, 2], mention.SentenceIndexes);
        Assert.Equal("2025-06-10", Format(mention.Date));
    }

    [Fact]
    public void Separate_events_with_conflicting_dates_stay_apart()
    {
        var mentions = Mentions(
            "Soldiers killed four militants in Mandera on Monday. " +
            "In 2019, the same group attacked a hotel in Nairobi, killing 21 people.");
        Assert.Equal(2, mentions.Count);
        Assert.Equal(21, mentions[1].Fatalities?.Min);
    }

    [Fact]
    public void A_statement_that_is_itself_the_event_is_coded()
    {
        var mention = Assert.Single(Mentions("On Tuesday, Ghana accused Togo of sheltering the suspects."));
        Assert.Equal(PloverType.Accuse, mention.Type);
        Assert.Contains(mention.Actors, a => a.Name == "Ghana");
        Assert.Contains(mention.Recipients, a => a.Name == "Togo");
    }

    [Fact]
    public void A_passive_by_phrase_makes_the_agent_the_actor()
    {
        var mention = Assert.Single(Mentions("Two villagers were killed by bandits in Zamfara on Monday."));
        Assert.Contains(mention.Actors, a => a.Name == "bandits");
        Assert.Equal(2, mention.Fatalities?.Min);
    }

    [Fact]
    public void An_event_without_a_date_in_its_scope_has_none()
    {
        var mention = Assert.Single(Mentions("Troops shelled a village in Idlib."));
        Assert.Null(mention.Date);
    }

    [Fact]
    public void Quotes_have_speakers_and_point_at_their_event()
    {
        var document = fixture.Analyze(
            "Police arrested three suspects in Durban on Monday. " +
            "\"We will not tolerate violence against our officers in this city,\" police spokeswoman Thandi Nkosi said.",
            Published);
        var quote = Assert.Single(document.Get<QuoteLayer>().Quotes);
        Assert.Equal("Thandi Nkosi", quote.Speaker);
        Assert.Equal(0, quote.Event);
    }

    [Fact]
    public void A_month_day_without_a_year_is_kept_when_the_publication_date_is_unknown()
    {
        var mention = Assert.Single(fixture.Analyze("Gunmen kidnapped 14 farmers near Katsina on August 9.").Get<EventLayer>().Mentions);
        Assert.Null(mention.Date);
        Assert.Equal(new Sitrep.Time.YearlessDate(8, 9), mention.MonthDay);
    }

    [Fact]
    public void A_month_day_with_a_known_year_is_a_date_not_a_month_day()
    {
        var mention = Assert.Single(Mentions("Gunmen kidnapped 14 farmers near Katsina on June 9."));
        Assert.Equal("2025-06-09", Format(mention.Date));
        Assert.Null(mention.MonthDay);
    }

    private List<EventMention> Mentions(string text) => [.. fixture.Analyze(text, Published).Get<EventLayer>().Mentions];

    private static string? Format(Sitrep.Time.DateInterval? date) =>
        date is not { } d ? null : d.From == d.To ? d.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : $"{d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}";
}