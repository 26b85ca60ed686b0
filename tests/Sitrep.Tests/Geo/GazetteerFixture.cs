using System.Diagnostics;

using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

/// <summary>Loads the built gazetteer once for all geography tests, timing the load.</summary>
public sealed class GazetteerFixture
{
    public GazetteerFixture()
    {
        var clock = Stopwatch.StartNew();
        Gazetteer = Gazetteer.LoadDefault();
        LoadTime = clock.Elapsed;
        Resolver = new ToponymResolver(Gazetteer);
    }

    public Gazetteer Gazetteer { get; }

    public TimeSpan LoadTime { get; }

    public ToponymResolver Resolver { get; }

    /// <summary>The repository root (the folder holding Sitrep.slnx).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Sitrep.slnx above the test binaries.");
    }
}

[CollectionDefinition(Name)]
public sealed class GazetteerTestGroup : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "gazetteer";
}