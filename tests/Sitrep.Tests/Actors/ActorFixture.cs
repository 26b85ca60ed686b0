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

    /// <summary>../shared/corpus beside the repository (a worktree may sit one level deeper).</summary>
    public static string CorpusRoot()
    {
        for (var dir = new DirectoryInfo(RepoRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No shared/corpus beside the repository.");
    }

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
public sealed class ActorTestGroup : ICollectionFixture<ActorFixture>
{
    public const string Name = "actors";
}