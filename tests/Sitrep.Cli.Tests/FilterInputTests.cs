using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>
/// What an analyst types first, end to end on the demo store: each bad input gives a message that says what is
/// expected and exit 2 (nothing done); each forgiving form gives the answer meant.
/// </summary>
public sealed class FilterInputTests(DemoStoreForVerbs demo) : IClassFixture<DemoStoreForVerbs>
{
    [Theory]
    [InlineData("12/03/2025")]
    [InlineData("2025-13-01")]
    [InlineData("3 March 2026")]
    [InlineData("2026-3-6")]
    public async Task A_date_that_is_not_iso_8601_is_refused_with_the_accepted_forms(string since)
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "events", "--db", demo.Db, "--since", since);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--since: '{since}' is not an ISO 8601 date; expected YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day)", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task A_date_time_with_an_offset_stands_for_the_day_written_in_it()
    {
        var byDay = await EventIdsAsync("--since", "2026-03-06", "--until", "2026-03-06");
        var byTime = await EventIdsAsync("--since", "2026-03-06T23:30-05:00", "--until", "2026-03-06T00:00:00Z");

        Assert.NotEmpty(byDay);
        Assert.Equal(byDay, byTime);
    }

    [Fact]
    public async Task Articles_take_the_same_dates()
    {
        var wrong = await SitrepProcess.RunAsync(demo.Folder, "articles", "--db", demo.Db, "--since", "07/03/2026");
        var month = await SitrepProcess.RunAsync(demo.Folder, "articles", "--db", demo.Db, "--since", "2026-03", "--json");

        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--since: '07/03/2026' is not an ISO 8601 date", wrong.Stderr, StringComparison.Ordinal);
        Assert.True(month.ExitCode == 0, month.ToString());
        using var json = JsonDocument.Parse(month.Stdout);
        Assert.Equal(["002_56decd7c35e1df04"], json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_month_is_a_range_and_within_keeps_only_what_lies_inside_it()
    {
        var overlapping = await EventIdsAsync("--since", "2026-03", "--until", "2026-03");
        var within = await EventIdsAsync("--since", "2026-03", "--until", "2026-03", "--within");
        var year = await EventIdsAsync("--since", "2026", "--until", "2026", "--within");

        // The aggregate of strikes since September 2025 overlaps March 2026 but does not lie within it.
        Assert.Contains(overlapping, e => e.From == "2025-09-01");
        Assert.DoesNotContain(within, e => e.From == "2025-09-01");
        Assert.Contains(within, e => e.From == "2026-03-06" && e.To == "2026-03-06");
        Assert.All(within, e => Assert.StartsWith("2026-03", e.From, StringComparison.Ordinal));
        Assert.True(year.Count > within.Count, "the year 2026 holds the January and March events");
    }

    [Fact]
    public async Task Sort_takes_the_api_names_and_lists_them_when_wrong()
    {
        var wrong = await SitrepProcess.RunAsync(demo.Folder, "events", "--db", demo.Db, "--sort", "DateDescending");
        var right = await SitrepProcess.RunAsync(demo.Folder, "events", "--db", demo.Db, "--sort", "date_asc", "--json");
        var help = await SitrepProcess.RunAsync(demo.Folder, "events", "--help");

        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--sort: 'DateDescending' is not one of date_desc, date_asc, sources, fatalities.", wrong.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Sitrep.Storage", wrong.Stderr, StringComparison.Ordinal);
        Assert.True(right.ExitCode == 0, right.ToString());
        using var json = JsonDocument.Parse(right.Stdout);
        var dates = json.RootElement.EnumerateArray().Select(e => e.GetProperty("date")).Where(d => d.ValueKind == JsonValueKind.Object)
            .Select(d => d.GetProperty("from").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("date_desc|date_asc|sources|fatalities", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_export_format_lists_the_formats()
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format: 'xlsx' is not one of csv, jsonl, geojson.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UK", "did you mean GB (United Kingdom)?")]
    [InlineData("ECU", "did you mean EC (Ecuador)?")]
    [InlineData("Ecuador", "did you mean EC (Ecuador)?")]
    [InlineData("XX", "expected one of AD AE AF")]
    public async Task An_unknown_country_is_answered_with_the_closest_code_or_the_list(string country, string answer)
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "events", "--db", demo.Db, "--country", country);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--country: '{country}' is not an ISO 3166-1 alpha-2 code; {answer}", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_country_code_in_lower_case_still_matches()
    {
        var ids = await EventIdsAsync("--country", "ec");

        Assert.NotEmpty(ids);
    }

    [Fact]
    public async Task An_output_path_in_a_missing_folder_fails_before_any_work_without_a_stack_trace()
    {
        var target = Path.Combine(demo.Folder, "no", "such", "dir", "x.csv");

        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "csv", "-o", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--output {target}: the folder {Path.GetDirectoryName(target)} does not exist; nothing was done.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_path_that_is_a_folder_is_refused_and_an_existing_file_survives_a_failed_export()
    {
        var existing = Path.Combine(demo.Folder, "kept.csv");
        await File.WriteAllTextAsync(existing, "earlier export\n");

        var folder = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "csv", "-o", demo.Folder);
        var badFilter = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "csv", "--since", "soon", "-o", existing);

        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("it is a folder; expected a file name", folder.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badFilter.ExitCode);
        Assert.Equal("earlier export\n", await File.ReadAllTextAsync(existing));
        Assert.Empty(Directory.GetFiles(demo.Folder, "*.partial"));
    }

    [Fact]
    public async Task Search_finds_other_forms_of_a_word_in_events_and_articles()
    {
        // The sample says "dozens of airstrikes"; the analyst types the singular.
        var events = await SitrepProcess.RunAsync(demo.Folder, "events", "--db", demo.Db, "--text", "airstrike", "--json");
        var articles = await SitrepProcess.RunAsync(demo.Folder, "articles", "--db", demo.Db, "--search", "airstrike", "--json");

        Assert.True(events.ExitCode == 0, events.ToString());
        using var eventJson = JsonDocument.Parse(events.Stdout);
        Assert.NotEmpty(eventJson.RootElement.EnumerateArray());
        using var articleJson = JsonDocument.Parse(articles.Stdout);
        Assert.Equal(["002_56decd7c35e1df04"], articleJson.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    private async Task<List<(string From, string To)>> EventIdsAsync(params string[] filters)
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, ["events", "--db", demo.Db, "--json", "--limit", "100", .. filters]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.EnumerateArray().Select(e => e.GetProperty("date"))
            .Select(d => d.ValueKind == JsonValueKind.Object ? (d.GetProperty("from").GetString()!, d.GetProperty("to").GetString()!) : ("", ""))];
    }
}