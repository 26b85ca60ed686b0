using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2026-03-07", "2026-03-07")]
    [InlineData("2026-03-07T21:15:00-05:00", "2026-03-07")]
    [InlineData("2026-03-07T23:59:59Z", "2026-03-07")]
    [InlineData("2026-03-07 08:00", "2026-03-07")]
    [InlineData("Tue, 10 Mar 2026 14:05:00 GMT", "2026-03-10")]
    [InlineData("Wed, 11 Mar 2026 09:00:00 +0000", "2026-03-11")]
    [InlineData("Wed, 11 Mar 2026 23:30:00 -0500", "2026-03-11")]
    [InlineData("11 Mar 2026 09:00:00 EST", "2026-03-11")]
    [InlineData("Wed, 11 Mar 2026 09:00 +0100", "2026-03-11")]
    public void Parses_dates_as_written(string text, string expected) =>
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), PublishedDate.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-02-30")]
    [InlineData("03/07")]
    public void Rejects_what_is_not_a_date(string? text) => Assert.Null(PublishedDate.Parse(text));
}