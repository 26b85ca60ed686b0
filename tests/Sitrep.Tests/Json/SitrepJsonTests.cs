using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Json;

public sealed class SitrepJsonTests
{
    [Theory]
    [InlineData(2024, 3, 5, "2024-03-05")]
    [InlineData(99, 12, 31, "0099-12-31")]
    public void A_date_is_written_as_an_iso_calendar_day(int year, int month, int day, string expected)
    {
        Assert.Equal($"{{\"on\":\"{expected}\"}}", Written(new DateOnly(year, month, day)));
    }

    [Fact]
    public void No_date_is_written_as_null()
    {
        Assert.Equal("{\"on\":null}", Written(null));
    }

    private static string Written(DateOnly? date)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            SitrepJson.WriteDate(writer, "on", date);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}