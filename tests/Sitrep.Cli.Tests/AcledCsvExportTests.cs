using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The CSV an ACLED user loads: read by ACLED's column names (the list below is ACLED's export, written out here
/// rather than taken from Sitrep's code), every value checked against the type the codebook gives it.
/// </summary>
public sealed class AcledCsvExportTests(DemoStoreForVerbs demo) : IClassFixture<DemoStoreForVerbs>
{
    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly string[] EventTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly string[] Regions =
    [
        "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia", "Southeast Asia",
        "Middle East", "Europe", "Caucasus and Central Asia", "Central America", "South America", "Caribbean", "East Asia",
        "North America", "Oceania", "Antarctica",
    ];

    private static readonly string[] Scales = ["Local", "Subnational", "National", "Regional", "International", "New media", "Other"];

    private static readonly string[] DisorderTypes = ["Political violence", "Demonstrations", "Political violence; Demonstrations", "Strategic developments"];

    [Fact]
    public async Task Every_value_has_the_type_acled_gives_its_column()
    {
        var rows = await ExportAsync();

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.StartsWith("ev_", row["event_id_cnty"], StringComparison.Ordinal);
            if (row["event_date"].Length > 0)
            {
                var date = DateOnly.ParseExact(row["event_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.Equal(date.Year, Int(row, "year"));
                Assert.InRange(Int(row, "time_precision")!.Value, 1, 3);
            }
            else
            {
                Assert.Equal(("", ""), (row["year"], row["time_precision"]));
                Assert.Contains("sitrep: undated", row["tags"], StringComparison.Ordinal);
            }

            if (row["event_type"].Length > 0)
            {
                Assert.Contains(row["event_type"], EventTypes);
                Assert.Contains(row["disorder_type"], DisorderTypes);
                Assert.NotEmpty(row["sub_event_type"]);
            }
            else
            {
                Assert.Contains("sitrep: no ACLED event type", row["tags"], StringComparison.Ordinal);
            }

            foreach (var inter in new[] { "inter1", "inter2" })
            {
                if (Int(row, inter) is { } code)
                {
                    Assert.InRange(code, 1, 8);
                }
            }

            // Codebook: the two actor types, lower first; a sole actor's type times ten.
            if (Int(row, "inter1") is { } one && (row["actor2"].Length == 0 || row["inter2"].Length > 0))
            {
                Assert.Equal(Int(row, "inter2") is { } two ? (Math.Min(one, two) * 10) + Math.Max(one, two) : one * 10, Int(row, "interaction"));
            }
            else
            {
                Assert.Equal("", row["interaction"]);
            }

            Assert.Contains(row["civilian_targeting"], new[] { "", "Civilian targeting" });
            if (row["country"].Length > 0)
            {
                Assert.InRange(Int(row, "iso")!.Value, 1, 999);
                Assert.Contains(row["region"], Regions);
            }
            else
            {
                Assert.Equal("", row["region"]);
            }

            // Sitrep's gazetteer has no third-level divisions; the column is kept, empty.
            Assert.Equal("", row["admin3"]);
            Assert.All(row["source_scale"].Split('-', StringSplitOptions.RemoveEmptyEntries), scale => Assert.Contains(scale, Scales));

            if (row["latitude"].Length > 0)
            {
                Assert.InRange(double.Parse(row["latitude"], CultureInfo.InvariantCulture), -90, 90);
                Assert.InRange(double.Parse(row["longitude"], CultureInfo.InvariantCulture), -180, 180);
                Assert.InRange(Int(row, "geo_precision")!.Value, 1, 3);
            }

            Assert.True(long.Parse(row["fatalities"], CultureInfo.InvariantCulture) >= 0);
            Assert.InRange(long.Parse(row["timestamp"], CultureInfo.InvariantCulture), 1_700_000_000L, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);
        });
    }

    [Fact]
    public async Task The_strike_reads_as_acled_codes_it()
    {
        var rows = await ExportAsync("--country", "EC", "--min-sources", "2");

        var strike = Assert.Single(rows);
        Assert.Equal(("2026-03-06", "2026", "1"), (strike["event_date"], strike["year"], strike["time_precision"]));
        Assert.Equal(("Political violence", "Ecuador", "218", "South America"), (strike["disorder_type"], strike["country"], strike["iso"], strike["region"]));
    }

    [Fact]
    public async Task Acled_only_and_dated_only_leave_out_what_acled_would_not_hold()
    {
        var all = await ExportAsync();
        var acled = await ExportAsync("--acled-only");
        var dated = await ExportAsync("--dated-only");

        Assert.Contains(all, r => r["event_date"].Length == 0);
        Assert.True(acled.Count < all.Count);
        Assert.All(acled, r => Assert.Contains(r["event_type"], EventTypes));
        Assert.DoesNotContain(acled, r => r["tags"].Contains("outside ACLED", StringComparison.Ordinal));
        Assert.All(dated, r => Assert.NotEmpty(r["event_date"]));
        Assert.Equal(all.Count(r => r["event_date"].Length > 0), dated.Count);
    }

    [Fact]
    public async Task Geojson_holds_every_event_with_its_precision()
    {
        var csv = await ExportAsync();
        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "geojson");

        using var geo = JsonDocument.Parse(result.Stdout);
        var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(csv.Count, features.Count);
        Assert.Contains(features, f => f.GetProperty("geometry").ValueKind == JsonValueKind.Null && f.GetProperty("properties").GetProperty("place_level").GetString() == "none");
        Assert.All(features.Where(f => f.GetProperty("geometry").ValueKind != JsonValueKind.Null), f =>
            Assert.Contains(f.GetProperty("properties").GetProperty("place_level").GetString(), new[] { "exact", "area", "admin1", "region", "country" }));
    }

    private static int? Int(Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : int.Parse(row[column], NumberStyles.None, CultureInfo.InvariantCulture);

    private async Task<List<Dictionary<string, string>>> ExportAsync(params string[] filters)
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, ["export", "--db", demo.Db, "--format", "csv", .. filters]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith(string.Join(',', AcledColumns) + ",", result.Stdout, StringComparison.Ordinal);
        using var csv = CsvReader.FromText(result.Stdout, new CsvReaderOptions { HasHeader = true });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(AcledColumns.ToDictionary(c => c, c => csv.GetStringOrNull(c) ?? ""));
        }

        return rows;
    }
}