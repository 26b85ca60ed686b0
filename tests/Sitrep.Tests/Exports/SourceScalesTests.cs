using Sitrep.Exports;

namespace Sitrep.Tests.Exports;

public sealed class SourceScalesTests
{
    private static readonly SourceScales Table = SourceScales.Parse(
        "# test\nVoice of America\tInternational\twhy\nEl Comercio\tNational\twhy\nLa Hora Sucumbíos\tSubnational\twhy\n", "scales.tsv");

    [Fact]
    public void A_listed_outlet_has_its_scale_whatever_its_case() => Assert.Equal("International", Table.Of("voice of america "));

    [Fact]
    public void An_unlisted_or_missing_outlet_has_no_scale()
    {
        Assert.Null(Table.Of("Daily Planet"));
        Assert.Null(Table.Of(null));
        Assert.Equal("", Table.Combined(["Daily Planet", null]));
    }

    [Fact]
    public void Several_outlets_give_acleds_mixed_scale_narrowest_first_each_once() =>
        Assert.Equal("National-International", Table.Combined(["Voice of America", "El Comercio", "VOICE OF AMERICA", "Daily Planet"]));

    [Fact]
    public void Three_reaches_are_all_kept_in_order() =>
        Assert.Equal("Subnational-National-International", Table.Combined(["Voice of America", "La Hora Sucumbíos", "El Comercio"]));

    [Fact]
    public void The_shipped_table_knows_voice_of_america() => Assert.Equal("International", SourceScales.LoadDefault().Of("Voice of America"));

    [Fact]
    public void A_row_with_a_scale_acled_does_not_use_is_an_error_naming_the_file() =>
        Assert.Contains("scales.tsv", Assert.Throws<FormatException>(() => SourceScales.Parse("VOA\tWorldwide\twhy\n", "scales.tsv")).Message, StringComparison.Ordinal);
}