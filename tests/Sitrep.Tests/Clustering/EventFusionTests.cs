using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Quantities;
using Sitrep.Time;
using static Sitrep.Tests.Clustering.TestMentions;

namespace Sitrep.Tests.Clustering;

public sealed class EventFusionTests
{
    [Fact]
    public void Type_mode_and_modality_go_to_the_most_independent_sources()
    {
        var mentions = new[]
        {
            Mention("a", type: PloverType.Coerce, mode: "seize", modality: EventModality.Claimed),
            Mention("b", mode: "aerial"),
            Mention("c", mode: "aerial"),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(PloverType.Assault, e.Type.Value);
        Assert.Equal(["b#0", "c#0"], e.Type.Support);
        Assert.Equal([new Disagreement<PloverType>("a#0", PloverType.Coerce)], e.Type.Disagreements);
        Assert.Equal("aerial", e.Mode.Value);
        Assert.Equal(EventModality.Asserted, e.Modality.Value);
        Assert.True(e.Modality.IsDisputed);
    }

    [Fact]
    public void Syndicated_copies_count_once_in_the_vote_and_in_the_sources()
    {
        var mentions = new[]
        {
            Mention("orig", type: PloverType.Coerce, outlet: "AP"),
            Mention("copy1", type: PloverType.Coerce, syndicatedFrom: "orig", outlet: "Local 1"),
            Mention("copy2", type: PloverType.Coerce, syndicatedFrom: "orig", outlet: "Local 2"),
            Mention("x", published: new DateOnly(2026, 3, 6)),
            Mention("y", published: new DateOnly(2026, 3, 6)),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(PloverType.Assault, e.Type.Value);
        Assert.Equal(5, e.Sources.Count);
        Assert.Equal(3, e.IndependentSources);
        Assert.Equal(2, e.Sources.Count(s => s.IsSyndicated));
        Assert.Equal("orig", e.Sources.Single(s => s.ArticleId == "copy1").SyndicatedFrom);
    }

    [Fact]
    public void The_date_is_the_narrowest_interval_consistent_with_most_sources()
    {
        var mentions = new[]
        {
            Mention("a", date: new DateInterval(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8), DatePrecision.Week)),
            Mention("b", date: Day(2026, 3, 6)),
            Mention("c", date: Day(2026, 3, 6)),
            Mention("d", date: Day(2026, 3, 1)),
            Mention("e"),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(Day(2026, 3, 6), e.Date.Value);
        Assert.Equal(["a#0", "b#0", "c#0"], e.Date.Support);
        Assert.Equal([new Disagreement<DateInterval?>("d#0", Day(2026, 3, 1))], e.Date.Disagreements);
    }

    [Fact]
    public void A_yearless_month_day_takes_its_year_from_cluster_mates()
    {
        var mentions = new[]
        {
            Mention("a", monthDay: new YearlessDate(3, 6), unpublished: true),
            Mention("b", date: DateInterval.Month(2026, 3)),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(Day(2026, 3, 6), e.Date.Value);
        Assert.Equal(["b#0", "a#0"], e.Date.Support);
        Assert.False(e.Date.IsDisputed);
    }

    [Fact]
    public void A_yearless_month_day_falls_back_on_mates_publication_dates()
    {
        var mentions = new[]
        {
            Mention("a", monthDay: new YearlessDate(12, 30), unpublished: true),
            Mention("b", published: new DateOnly(2026, 1, 2)),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(Day(2025, 12, 30), e.Date.Value);
    }

    [Fact]
    public void No_date_anywhere_fuses_to_null()
    {
        var e = EventFusion.Fuse("ev", [Mention("a", unpublished: true), Mention("b", monthDay: new YearlessDate(3, 6), unpublished: true)]);

        Assert.Null(e.Date.Value);
        Assert.Empty(e.Date.Support);
    }

    [Fact]
    public void The_place_is_the_most_precise_one_consistent_with_the_others()
    {
        var mentions = new[] { Mention("a", place: Ecuador), Mention("b", place: Sucumbios), Mention("c", place: LagoAgrio), Mention("d", place: Quito) };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(LagoAgrio, e.Place.Value);
        Assert.Equal(["a#0", "b#0", "c#0"], e.Place.Support);
        Assert.Equal("d#0", Assert.Single(e.Place.Disagreements).MentionId);
    }

    [Fact]
    public void Another_country_is_a_disagreement()
    {
        var mentions = new[] { Mention("a", place: Sucumbios), Mention("b", place: Ecuador), Mention("c", place: Colombia) };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(Sucumbios, e.Place.Value);
        Assert.Equal([new Disagreement<Sitrep.Geo.Place?>("c#0", Colombia)], e.Place.Disagreements);
    }

    [Fact]
    public void Actors_and_recipients_are_the_union_with_their_supporting_mentions()
    {
        var textOnly = new ActorRef("Ecuadorian forces", "EC", Sitrep.Actors.ActorSector.Military, null, []);
        var mentions = new[]
        {
            Mention("a", actors: [UsMilitary, EcuadorMilitary], recipients: [Cdf]),
            Mention("b", actors: [textOnly, Southcom]),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(["United States military", "Ecuador military", "U.S. Southern Command"], e.Actors.Select(a => a.Actor.Name));
        Assert.Equal(["a#0", "b#0"], e.Actors[1].Support);
        Assert.Equal(["b#0"], e.Actors[2].Support);
        Assert.Equal("Comandos de la Frontera", Assert.Single(e.Recipients).Actor.Name);
    }

    [Fact]
    public void Fatalities_follow_ACLEDs_most_conservative_figure_with_the_range_kept()
    {
        var mentions = new[]
        {
            Mention("a", fatalities: CountRange.Exactly(12)),
            Mention("b", fatalities: new CountRange(10, 15)),
            Mention("c", fatalities: CountRange.Exactly(12)),
            Mention("d"),
        };

        var e = EventFusion.Fuse("ev", mentions);

        Assert.Equal(new CountRange(10, 15), e.Fatalities.Fused.Value);
        Assert.Equal(new CountRange(10, 15), e.Fatalities.Reported);
        Assert.Equal(["b#0"], e.Fatalities.Fused.Support);
        Assert.Equal(["a#0", "c#0"], e.Fatalities.Fused.Disagreements.Select(d => d.MentionId));
        Assert.Null(e.Injuries.Fused.Value);
        Assert.Null(e.Injuries.Reported);
    }

    [Fact]
    public void A_lone_figure_stands_and_silence_is_not_zero()
    {
        var e = EventFusion.Fuse("ev", [Mention("a"), Mention("b", fatalities: CountRange.Exactly(6))]);

        Assert.Equal(CountRange.Exactly(6), e.Fatalities.Fused.Value);
        Assert.Equal(CountRange.Exactly(6), e.Fatalities.Reported);
        Assert.False(e.Fatalities.Fused.IsDisputed);
    }

    [Fact]
    public void Mentions_and_sources_come_in_canonical_order_whatever_the_input_order()
    {
        var early = Mention("z", published: new DateOnly(2026, 3, 6));
        var late = Mention("a", published: new DateOnly(2026, 3, 8));
        var unknown = Mention("m", unpublished: true);

        var e = EventFusion.Fuse("ev", [unknown, late, early]);

        Assert.Equal(["z#0", "a#0", "m#0"], e.MentionIds);
        Assert.Equal(["z", "a", "m"], e.Sources.Select(s => s.ArticleId));
        Assert.Equal("ev", e.Id);
    }
}