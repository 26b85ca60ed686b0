using System.Text;
using System.Text.Json;
using Sitrep.Exports;

namespace Sitrep.Tests.Exports;

public sealed class ExportRoundTripTests
{
    private static readonly ExportTables Tables = ExportTables.LoadDefault();

    [Fact]
    public async Task Csv_rows_read_back_equal_the_rows_written()
    {
        var text = await WriteAsync(s => EventCsvWriter.WriteAsync(s, SampleEvents.Async(SampleEvents.All()), Tables, default));
        var read = EventCsvWriter.Read(text);
        var expected = SampleEvents.All().Select(e => AcledRows.From(e, Tables)).ToList();
        Assert.Equal(expected.Count, read.Count);
        Assert.Equal(expected[0], read[0]);
        Assert.Equal(expected[2], read[2]);
    }

    [Fact]
    public async Task Csv_header_has_acled_columns_in_order_then_sitrep_columns()
    {
        var text = await WriteAsync(s => EventCsvWriter.WriteAsync(s, SampleEvents.Async([]), Tables, default));
        Assert.Equal(
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
            + "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
            + "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,"
            + "plover_type,event_date_end,fatalities_max,source_count\r\n",
            text);
    }

    [Fact]
    public void Csv_row_of_the_strike_follows_acled()
    {
        var row = AcledRows.From(SampleEvents.Strike(), Tables);
        Assert.Equal(("2026-03-06", 1), (row.EventDate, row.TimePrecision));
        Assert.Equal(("Explosions/Remote violence", "Air/drone strike"), (row.EventType, row.SubEventType));
        Assert.Equal(("United States military", "Ecuador military", "Comandos de la Frontera"), (row.Actor1, row.AssocActor1, row.Actor2));
        Assert.Equal(("Ecuador", 218, "Sucumbíos", 3), (row.Country, row.Iso, row.Admin1, row.GeoPrecision));
        Assert.Equal(("South America", "", "International"), (row.Region, row.Admin3, row.SourceScale));
        Assert.Equal(("Voice of America; 002_56decd7c35e1df04", 2, 0L), (row.Source, row.SourceCount, row.Fatalities));
        Assert.Equal((2026, "Political violence", 1, 2, 12, ""), (row.Year, row.DisorderType, row.Inter1, row.Inter2, row.Interaction, row.CivilianTargeting));
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 10, 1, 0, TimeSpan.Zero).ToUnixTimeSeconds(), row.Timestamp);
        Assert.Equal("", row.Tags);
    }

    [Fact]
    public void Csv_row_of_an_undated_unplaced_modeless_aggregate_says_so_instead_of_guessing()
    {
        var row = AcledRows.From(SampleEvents.Campaign(), Tables);
        Assert.Equal(("", "", "", null, null), (row.EventType, row.SubEventType, row.EventDate, row.Year, row.TimePrecision));
        Assert.Equal(AcledRows.NoAcledTypeTag + "; sitrep: undated; sitrep: aggregate of several events", row.Tags);
        Assert.Equal((null, null), (row.Inter1, row.Interaction));
    }

    [Fact]
    public void Csv_fatalities_are_the_conservative_figure_with_the_reported_maximum_kept()
    {
        var row = AcledRows.From(SampleEvents.VesselStrike(), Tables);
        Assert.Equal((6L, 8L), (row.Fatalities, row.FatalitiesMax));
        Assert.Equal((2, "2026-03-04"), (row.TimePrecision, row.EventDateEnd));
    }

    [Fact]
    public async Task Csv_escapes_text_a_spreadsheet_would_run_as_a_formula()
    {
        var text = await WriteAsync(s => EventCsvWriter.WriteAsync(s, SampleEvents.Async([SampleEvents.VesselStrike()]), Tables, default));
        var notes = EventCsvWriter.Read(text)[0].Notes;
        Assert.False(notes.StartsWith('='), notes);
        Assert.Contains("-100", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_are_one_plover_record_per_event()
    {
        var text = await WriteAsync(s => EventJsonLinesWriter.WriteAsync(s, SampleEvents.Async(SampleEvents.All()), Tables, default));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var strike = JsonDocument.Parse(lines[0]);
        var r = strike.RootElement;
        Assert.Equal(SampleEvents.StrikeId, r.GetProperty("id").GetString());
        Assert.Equal(("2026-03-06", "2026-03-06"), (r.GetProperty("date").GetString(), r.GetProperty("enddate").GetString()));
        Assert.Equal(("ASSAULT", "aerial"), (r.GetProperty("event").GetString(), r.GetProperty("mode").GetString()));
        Assert.Equal("Comandos de la Frontera", r.GetProperty("recipient")[0].GetProperty("name").GetString());
        Assert.Equal("Sucumbíos", r.GetProperty("event_loc").GetProperty("admin1").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("size").GetProperty("dead").ValueKind);
        var cites = r.GetProperty("cite_info");
        Assert.Equal(2, cites.GetArrayLength());
        Assert.Equal(SampleEvents.OtherArticle, cites[1].GetProperty("article_id").GetString());
        Assert.Contains("lethal kinetic strikes", cites[1].GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("day", r.GetProperty("date_precision").GetString());
        Assert.Equal(["military"], r.GetProperty("context").EnumerateArray().Select(c => c.GetString()));
        using var vessel = JsonDocument.Parse(lines[1]);
        Assert.Equal("day-range", vessel.RootElement.GetProperty("date_precision").GetString());
        Assert.Equal(6, vessel.RootElement.GetProperty("size").GetProperty("dead").GetInt64());
    }

    [Fact]
    public async Task Geojson_is_a_feature_collection_of_points_longitude_first()
    {
        var text = await WriteAsync(s => EventGeoJsonWriter.WriteAsync(s, SampleEvents.Async(SampleEvents.All()), Tables, default));
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(3, features.GetArrayLength());
        var strike = features[0];
        Assert.Equal(("admin1", 3, 3), (strike.GetProperty("properties").GetProperty("place_level").GetString(), strike.GetProperty("properties").GetProperty("geo_precision").GetInt32(), strike.GetProperty("properties").GetProperty("place_precision").GetInt32()));
        Assert.Equal("country", features[1].GetProperty("properties").GetProperty("place_level").GetString());
        Assert.Equal(JsonValueKind.Null, features[2].GetProperty("geometry").ValueKind); // the aggregate has no place
        Assert.Equal("none", features[2].GetProperty("properties").GetProperty("place_level").GetString());
        Assert.Equal("Point", strike.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = strike.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((-76.89, 0.09), (coordinates[0].GetDouble(), coordinates[1].GetDouble()));
        Assert.Equal("Air/drone strike", strike.GetProperty("properties").GetProperty("acled_sub_event_type").GetString());
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("JSONL", ExportFormat.JsonLines)]
    [InlineData("geojson", ExportFormat.GeoJson)]
    public void Format_names_parse(string name, ExportFormat format)
    {
        Assert.True(ExportFormatNames.TryParse(name, out var parsed));
        Assert.Equal(format, parsed);
    }

    [Fact]
    public void Unknown_format_name_does_not_parse() => Assert.False(ExportFormatNames.TryParse("xml", out _));

    private static async Task<string> WriteAsync(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}