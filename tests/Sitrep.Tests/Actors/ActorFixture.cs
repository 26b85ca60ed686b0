using System.Diagnostics;

using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Actors;

/// <summary>Loads the built actor dictionary and the text core once for all actor tests.</summary>
public sealed class ActorFixture
{
    public ActorFixture()
    {
        var clock = Stopwatch.StartNew();
        Dictionary = ActorDictionary.LoadDefault();
        LoadTime = clock.Elapsed;
        Resolver = new ActorResolver(Dictionary);
        TextCore = new AnalysisPipelineBuilder().AddTextCore(NerModel.LoadDefault()).Build();
    }

    public ActorDictionary Dictionary { get; }

    public TimeSpan LoadTime { get; }

    public ActorResolver Resolver { get; }

    public AnalysisPipeline TextCore { get; }

    /// <summary>Runs the text core on <paramref name="text"/> and resolves its actors.</summary>
    public IReadOnlyList<ActorMention> Resolve(string text, DateOnly? published = null)
    {
        var document = new Document("test", text, published);
        TextCore.Process(document);
        return Resolver.Resolve(document);
    }

    public static string CorpusRoot() => Path.Combine(TestPaths.Shared, "corpus");

    public static string RepoRoot() => TestPaths.RepoRoot;
}

[CollectionDefinition(Name)]
public sealed class ActorTestGroup : ICollectionFixture<ActorFixture>
{
    public const string Name = "actors";
}