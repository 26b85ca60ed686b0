using System.Text.Json;
using System.Text.RegularExpressions;

using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

/// <summary>
/// Measures the place layer against the gold events of ../shared/corpus/dev and dev-voa: for each gold place of
/// each article that reports the event, is there a place in the article's layer with the right country (and admin1
/// where the gold has one)? The figures go in the report; the floor keeps them from sliding back.
/// </summary>
[Collection(GazetteerTestGroup.Name)]
public sealed partial class GoldPlaceTests(GazetteerFixture fixture, ITestOutputHelper output)
{
    // The resolver runs after the text core in the real pipeline, and reads its entity layer.
    private static readonly AnalysisPipeline TextCore = new AnalysisPipelineBuilder().AddTextCore(NerModel.LoadDefault()).Build();

    [Fact]
    public void Gold_places_are_found_in_their_articles()
    {
        var corpusRoot = Path.Combine(TestPaths.Shared, "corpus");
        int total = 0, found = 0, countryRight = 0, admin1Total = 0, admin1Right = 0;
        foreach (var corpus in new[] { "dev", "dev-voa" })
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpusRoot, corpus, "gold.json")));
            foreach (var ev in gold.RootElement.GetProperty("events").EnumerateArray())
            {
                if (!ev.TryGetProperty("place", out var place) || place.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var country = place.GetProperty("country").GetString();
                var admin1 = place.TryGetProperty("admin1", out var a) ? a.GetString() : null;
                var name = place.GetProperty("name").GetString() ?? "";
                foreach (var mention in ev.GetProperty("mentions").EnumerateArray())
                {
                    var article = mention.GetProperty("article").GetString()!;
                    var text = ReadBody(Path.Combine(corpusRoot, corpus, "articles", article + ".txt"));
                    var document = new Document(article, text);
                    TextCore.Process(document);
                    var places = fixture.Resolver.Resolve(document);
                    total++;
                    var sameCountry = places.Where(p => p.Place.Country == country && (country is not null || NameMatches(name, p))).ToList();
                    var ok = sameCountry.Count > 0 && (admin1 is null || sameCountry.Exists(p => p.Place.Admin1 == admin1));
                    found += ok ? 1 : 0;
                    countryRight += sameCountry.Count > 0 ? 1 : 0;
                    if (admin1 is not null)
                    {
                        admin1Total++;
                        admin1Right += sameCountry.Exists(p => p.Place.Admin1 == admin1) ? 1 : 0;
                    }

                    output.WriteLine($"{(ok ? "ok  " : "MISS")} {corpus}/{article}: {name} ({country ?? "-"}/{admin1 ?? "-"}); layer: " +
                        string.Join(", ", places.Select(p => $"{p.Text}={p.Place.Country}/{p.Place.Admin1}").Distinct()));
                }
            }
        }

        output.WriteLine($"gold places {total}: found {found}; country right {countryRight}/{total}; admin1 right {admin1Right}/{admin1Total}");
        Assert.True(total > 40, "the corpora should have gold places");
        // Measured 43/44 found, country 44/44, admin1 19/20 (the miss: an article that names no province).
        Assert.True(found >= total * 0.95, $"found {found} of {total} gold places");
        Assert.True(countryRight >= total * 0.95, $"country right {countryRight} of {total}");
        Assert.True(admin1Right >= admin1Total * 0.9, $"admin1 right {admin1Right} of {admin1Total}");
    }

    private static bool NameMatches(string gold, PlaceMention mention)
    {
        var key = ToponymFolding.Key(gold);
        return key.Contains(ToponymFolding.Key(mention.Place.Name), StringComparison.Ordinal)
            || key.Contains(ToponymFolding.Key(mention.Text), StringComparison.Ordinal);
    }

    // ARCHITECTURE.md "Input conventions": an optional leading "date YYYY-MM-DD" marker is not part of the body.
    private static string ReadBody(string path) => DateMarker().Replace(File.ReadAllText(path), "", 1);

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2}\s*")]
    private static partial Regex DateMarker();
}