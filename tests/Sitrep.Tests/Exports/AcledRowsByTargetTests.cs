using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Exports;

namespace Sitrep.Tests.Exports;

/// <summary>An ASSAULT without a mode: ACLED's type follows its target, or is left blank and tagged.</summary>
public sealed class AcledRowsByTargetTests
{
    private static readonly ExportTables Tables = ExportTables.LoadDefault();
    private static readonly ActorRef Villagers = new("villagers", "EC", ActorSector.Civilian, null, []);
    private static readonly ActorRef Unknown = new("gunmen", null, ActorSector.Unknown, null, []);

    [Fact]
    public void Violence_on_civilians_is_an_attack_with_civilian_targeting()
    {
        var row = AcledRows.From(Modeless([SampleEvents.UsMilitary], [Villagers]), Tables);

        Assert.Equal(("Violence against civilians", "Attack", "Political violence"), (row.EventType, row.SubEventType, row.DisorderType));
        Assert.Equal((1, 7, 17, "Civilian targeting"), (row.Inter1, row.Inter2, row.Interaction, row.CivilianTargeting));
    }

    [Fact]
    public void Violence_between_armed_groups_is_an_armed_clash()
    {
        var row = AcledRows.From(Modeless([SampleEvents.BorderCommandos], [SampleEvents.EcuadorMilitary]), Tables);

        Assert.Equal(("Battles", "Armed clash"), (row.EventType, row.SubEventType));
        Assert.Equal((2, 1, 12), (row.Inter1, row.Inter2, row.Interaction)); // lower code first
    }

    [Fact]
    public void Violence_with_an_unknown_target_is_blank_and_tagged_and_left_out_by_acled_only()
    {
        var stored = Modeless([Unknown], []);
        var row = AcledRows.From(stored, Tables);

        Assert.Equal(("", "", ""), (row.EventType, row.SubEventType, row.DisorderType));
        Assert.Equal(AcledRows.NoAcledTypeTag, row.Tags);
        Assert.Equal((null, null), (row.Inter1, row.Interaction));
        Assert.False(new ExportFilter(AcledTypesOnly: true).Accepts(stored, Tables));
        Assert.True(new ExportFilter(DatedOnly: true).Accepts(stored, Tables));
    }

    [Fact]
    public void A_sole_actor_has_its_code_times_ten()
    {
        Assert.Equal(10, AcledInterCodes.Interaction(1, null));
        Assert.Null(AcledInterCodes.Interaction(null, 7));
        Assert.Equal(27, AcledInterCodes.Interaction(7, 2));
    }

    private static StoredEvent Modeless(IReadOnlyList<ActorRef> actors, IReadOnlyList<ActorRef> recipients)
    {
        var strike = SampleEvents.Strike();
        var ids = strike.Event.MentionIds;
        return strike with
        {
            Event = strike.Event with
            {
                Mode = new FusedValue<string?>(null, [], []),
                Actors = [.. actors.Select(a => new FusedActor(a, ids))],
                Recipients = [.. recipients.Select(a => new FusedActor(a, ids))],
            },
        };
    }
}