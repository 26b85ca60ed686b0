using Sitrep.Exports;

namespace Sitrep.Tests.Exports;

public sealed class AcledRegionsTests
{
    private static readonly AcledRegions Regions = AcledRegions.LoadDefault();

    [Fact]
    public void Every_country_of_the_country_table_has_an_acled_region()
    {
        var countries = CountryTable.LoadDefault();
        var without = string.Join(", ", countries.Codes.Where(c => Regions.Of(c).Length == 0));
        Assert.Equal("", without);
    }

    [Theory]
    [InlineData("EC", "South America")]
    [InlineData("ng", "Western Africa")]
    [InlineData("CD", "Middle Africa")]
    [InlineData("SD", "Northern Africa")]
    [InlineData("MX", "Central America")]
    [InlineData("US", "North America")]
    [InlineData("UA", "Europe")]
    [InlineData("SY", "Middle East")]
    [InlineData("PK", "South Asia")]
    [InlineData("MM", "Southeast Asia")]
    public void M49_areas_map_to_acled_region_names(string alpha2, string region) => Assert.Equal(region, Regions.Of(alpha2));

    [Theory]
    [InlineData("IR", "Middle East")]
    [InlineData("GE", "Caucasus and Central Asia")]
    [InlineData("TW", "East Asia")]
    public void Countries_acled_places_outside_their_m49_area_follow_acled(string alpha2, string region) => Assert.Equal(region, Regions.Of(alpha2));

    [Fact]
    public void An_unknown_country_has_no_region() => Assert.Equal("", Regions.Of("ZZ"));

    [Fact]
    public void A_row_with_a_region_acled_does_not_have_is_an_error_naming_the_file_and_row()
    {
        var e = Assert.Throws<FormatException>(() => AcledRegions.Parse("EC\tLatin America\tM49\n", "regions.tsv"));
        Assert.Contains("regions.tsv", e.Message, StringComparison.Ordinal);
        Assert.Contains("Latin America", e.Message, StringComparison.Ordinal);
    }
}