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

    public static string RepoRoot() => TestPaths.RepoRoot;
}

[CollectionDefinition(Name)]
public sealed class GazetteerTestGroup : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "gazetteer";
}