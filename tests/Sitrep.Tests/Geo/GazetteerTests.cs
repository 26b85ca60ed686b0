using Sitrep.Geo;

using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

[Collection(GazetteerTestGroup.Name)]
public sealed class GazetteerTests(GazetteerFixture fixture, ITestOutputHelper output)
{
    // Load time is measured by GeoBenchmarks.LoadGazetteer (bench/), not asserted here: a shared CI core says little.
    [Fact]
    public void Default_gazetteer_loads_every_kind_of_feature()
    {
        var again = Gazetteer.Load(Gazetteer.FindDefaultPath()!);
        output.WriteLine($"first load {fixture.LoadTime.TotalMilliseconds:F0} ms wall; {again.Count} features");
        Assert.True(again.Count > 100_000);
    }

    [Theory]
    [InlineData("Sucumbíos", "sucumbios")]
    [InlineData("Cayapas–Mataje", "cayapas mataje")]
    [InlineData("Côte d'Ivoire", "cote d ivoire")]
    [InlineData("ŁÓDŹ", "lodz")]
    public void Keys_fold_accents_case_and_punctuation(string name, string key) =>
        Assert.Equal(key, ToponymFolding.Key(name));

    [Fact]
    public void Missing_file_is_reported()
    {
        Assert.Throws<FileNotFoundException>(() => Gazetteer.Load(Path.Combine(Path.GetTempPath(), "no-such-gazetteer.tsv.gz")));
    }
}