using Sitrep.Events;
using Sitrep.Exports;

namespace Sitrep.Tests.Exports;

public sealed class AcledTypeMapTests
{
    private static readonly AcledTypeMap Map = AcledTypeMap.LoadDefault();

    [Theory]
    [InlineData(PloverType.Assault, "aerial", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(PloverType.Assault, "drone", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(PloverType.Assault, "explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData(PloverType.Assault, "suicide-attack", "Explosions/Remote violence", "Suicide bomb")]
    [InlineData(PloverType.Assault, "heavy-weapons", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData(PloverType.Assault, "abduct", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(PloverType.Protest, "riot", "Riots", "Violent demonstration")]
    [InlineData(PloverType.Protest, "demo", "Protests", "Peaceful protest")]
    [InlineData(PloverType.Coerce, "arrest", "Strategic developments", "Arrests")]
    [InlineData(PloverType.Agree, null, "Strategic developments", "Agreement")]
    public void Maps_plover_type_and_mode_to_acled(PloverType type, string? mode, string eventType, string subEventType) =>
        Assert.Equal(new AcledType(eventType, subEventType), Map.Map(type, mode));

    [Fact]
    public void A_type_acled_does_not_code_is_kept_as_other_and_marked()
    {
        var consult = Map.Map(PloverType.Consult, "visit");
        Assert.Equal(new AcledType("Strategic developments", "Other", InAcled: false), consult);
        Assert.False(consult.IsAcledEvent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-such-mode")]
    public void An_assault_without_a_mode_has_no_default_type(string? mode)
    {
        var acled = Map.Map(PloverType.Assault, mode);
        Assert.Equal(("", ""), (acled.EventType, acled.SubEventType));
        Assert.False(acled.IsAcledEvent);
        Assert.True(Map.TryMapByTarget(PloverType.Assault, "civilians", out var civilians));
        Assert.Equal(new AcledType("Violence against civilians", "Attack"), civilians);
        Assert.True(Map.TryMapByTarget(PloverType.Assault, "armed", out var armed));
        Assert.Equal(new AcledType("Battles", "Armed clash"), armed);
    }

    [Fact]
    public void Every_plover_type_but_assault_has_a_type_without_a_mode() =>
        Assert.All(Enum.GetValues<PloverType>().Where(t => t != PloverType.Assault), t => Assert.False(string.IsNullOrEmpty(Map.Map(t, null).EventType)));

    [Fact]
    public void A_table_without_a_fallback_row_for_a_type_is_rejected() =>
        Assert.Throws<FormatException>(() => AcledTypeMap.Parse("ASSAULT\t*\tBattles\tArmed clash\twhy\n"));

    [Fact]
    public void Uses_only_acled_codebook_event_types()
    {
        string[] acled = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
        foreach (var type in Enum.GetValues<PloverType>())
        {
            foreach (var mode in new string?[] { null, "aerial", "riot", "arrest", "abduct", "seize", "withdraw" })
            {
                Assert.Contains(Map.Map(type, mode).EventType, type == PloverType.Assault ? [.. acled, ""] : acled);
            }
        }
    }

    [Theory]
    [InlineData("EC", 218, "Ecuador")]
    [InlineData("co", 170, "Colombia")]
    [InlineData("US", 840, "United States")]
    public void Country_table_gives_acled_name_and_numeric_code(string alpha2, int numeric, string name)
    {
        var countries = CountryTable.LoadDefault();
        Assert.Equal(numeric, countries.NumericOf(alpha2));
        Assert.Equal(name, countries.NameOf(alpha2));
    }
}