using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Events;

public sealed class DatelinePlaceTests
{
    private static readonly Place Pandora = new("Pandora", "US", "Ohio", null, 40.95, -83.96, "P", 5165789, 1);

    private static EventMention Mention(PloverType type, EventKind kind = EventKind.Incident, Place? place = null) =>
        new(new TextSpan(0, 5), new TextSpan(0, 5), type, null, kind, EventModality.Asserted, [], [], null, place, null, null, null, [0]);

    private static Document WithDateline(Place? place)
    {
        var document = new Document("a", "PANDORA — A boy was shot.");
        document.Add(new DatelineLayer(place is null ? null : new PlaceMention(new TextSpan(0, 7), "PANDORA", place), null, null, null));
        return document;
    }

    [Fact]
    public void The_one_physical_incident_without_a_place_takes_the_datelines()
    {
        var filled = DatelinePlace.Fill(WithDateline(Pandora), [Mention(PloverType.Assault), Mention(PloverType.Accuse)]);

        Assert.Equal(Pandora, filled[0].Place);
        Assert.Null(filled[1].Place);
    }

    [Fact]
    public void A_roundup_of_two_incidents_keeps_its_places_unknown()
    {
        var filled = DatelinePlace.Fill(WithDateline(Pandora), [Mention(PloverType.Assault), Mention(PloverType.Coerce)]);

        Assert.All(filled, m => Assert.Null(m.Place));
    }

    [Fact]
    public void An_aggregate_or_a_statement_never_takes_it()
    {
        var filled = DatelinePlace.Fill(WithDateline(Pandora), [Mention(PloverType.Assault, EventKind.Aggregate), Mention(PloverType.Accuse)]);

        Assert.All(filled, m => Assert.Null(m.Place));
    }

    [Fact]
    public void A_place_the_text_gives_is_kept()
    {
        var elsewhere = Pandora with { Name = "Lima", Admin1 = "Ohio" };
        var filled = DatelinePlace.Fill(WithDateline(Pandora), [Mention(PloverType.Assault, place: elsewhere)]);

        Assert.Equal(elsewhere, filled[0].Place);
    }
}