using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public sealed class PlaceTests
{
    private static readonly Place Quito = new("Quito", "EC", "Pichincha", null, -0.2299, -78.5250, "P", 3652462, 1);

    [Fact]
    public void A_copy_made_with_with_keeps_the_values_it_does_not_change()
    {
        var coast = Quito with { Name = "coast of Quito", Precision = 4 };

        Assert.Equal("coast of Quito", coast.Name);
        Assert.Equal(4, coast.Precision);
        Assert.Equal(Quito.Country, coast.Country);
        Assert.Equal(Quito.Latitude, coast.Latitude);
    }

    [Fact]
    public void A_copy_made_with_with_is_checked_like_a_constructed_place()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quito with { Precision = 6 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Quito with { Precision = 0 });
        Assert.Throws<ArgumentException>(() => Quito with { Country = "ECU" });
        Assert.Throws<ArgumentException>(() => Quito with { Name = " " });
        Assert.Throws<ArgumentOutOfRangeException>(() => Quito with { Latitude = 91 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Quito with { Longitude = -181 });
    }

    [Theory]
    [InlineData("", "EC", 0.0, 0.0, 1)]
    [InlineData("Quito", "E", 0.0, 0.0, 1)]
    [InlineData("Quito", "EC", 90.5, 0.0, 1)]
    [InlineData("Quito", "EC", 0.0, 180.5, 1)]
    [InlineData("Quito", "EC", 0.0, 0.0, 6)]
    public void The_constructor_refuses_a_bad_value(string name, string country, double latitude, double longitude, int precision)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Place(name, country, null, null, latitude, longitude, "P", null, precision));
    }

    [Fact]
    public void A_missing_feature_class_is_empty()
    {
        Assert.Equal("", new Place("Pacific Ocean", null, null, null, 0, -160, null!, null, 5).FeatureClass);
    }
}