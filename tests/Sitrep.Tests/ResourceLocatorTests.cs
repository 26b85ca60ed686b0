namespace Sitrep.Tests;

/// <summary>Resources are found under the first root that has them, in a root or any folder above it.</summary>
public sealed class ResourceLocatorTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("sitrep-locator-").FullName;

    [Fact]
    public void Searches_each_root_and_the_folders_above_it_in_order()
    {
        var first = Directory.CreateDirectory(Path.Combine(temp, "first", "bin", "deep")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(temp, "second", "tools")).FullName;
        Directory.CreateDirectory(Path.Combine(temp, "second", "data"));
        File.WriteAllText(Path.Combine(temp, "second", "data", "table.tsv"), "x");

        Assert.Equal(Path.Combine(temp, "second", "data", "table.tsv"), ResourceLocator.Find("data/table.tsv", [first, second]));

        File.WriteAllText(Directory.CreateDirectory(Path.Combine(temp, "first", "data")).FullName + "/table.tsv", "y");
        Assert.Equal(Path.Combine(temp, "first", "data", "table.tsv"), ResourceLocator.Find("data/table.tsv", [first, second]));
    }

    [Fact]
    public void Returns_null_when_no_root_has_it() =>
        Assert.Null(ResourceLocator.Find("data/no-such-table.tsv", [temp]));

    public void Dispose() => Directory.Delete(temp, recursive: true);
}