using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

public sealed class FeedStateRowsTests
{
    private static readonly DateTimeOffset Polled = new(2026, 12, 7, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_feed_row_lists_one_value_per_column_in_column_order()
    {
        var state = new FeedState("https://example.org/feed.xml", "\"e1\"", null, Polled, Polled.AddMinutes(15), 2, "timeout");

        var values = FeedStateRows.FeedValues(state, t => t.UtcDateTime);

        Assert.Equal(Columns(FeedStateRows.FeedColumns).Length, values.Length);
        Assert.Equal(["https://example.org/feed.xml", "\"e1\"", null, Polled.UtcDateTime, Polled.AddMinutes(15).UtcDateTime, 2, "timeout"], values);
    }

    [Fact]
    public void An_item_row_lists_one_value_per_column_in_column_order()
    {
        var item = new FeedItemState("k1", "https://example.org/feed.xml", null, 3, "HTTP 503", Polled);

        var values = FeedStateRows.ItemValues(item, t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Columns(FeedStateRows.ItemColumns).Length, values.Length);
        Assert.Equal(["k1", "https://example.org/feed.xml", null, 3, "HTTP 503", "2026-12-07T23:00:00.0000000+00:00"], values);
    }

    private static string[] Columns(string list) => list.Split(',', StringSplitOptions.TrimEntries);
}