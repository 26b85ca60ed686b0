namespace Sitrep.Cli.Tests;

public sealed class DemoVerbTests
{
    [Fact]
    public async Task Demo_ingests_the_samples_into_a_fresh_store_twice_in_a_row()
    {
        using var temp = new TempFolder();
        for (var run = 0; run < 2; run++)
        {
            var result = await SitrepProcess.RunAsync(temp.Path, "demo");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("2 new", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("002_56decd7c35e1df04", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("clustered into", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Reported by 2 sources", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("Sucumbíos", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("on Friday → 2026-03-06", result.Stdout, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(temp.Path, "demo", "sitrep.db")));
    }
}