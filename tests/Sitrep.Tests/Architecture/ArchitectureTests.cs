using Sitrep.Documents;

namespace Sitrep.Tests.Architecture;

/// <summary>
/// The dependencies of the runtime library follow the flow of docs/architecture.md: no namespace of Sitrep.Core
/// reaches back to one that uses it, and the runtime never references the offline tooling. Read from the compiled
/// assemblies, so a new <c>using</c> that closes a knot fails here whatever file it is in.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string RuntimeAssembly = typeof(Document).Assembly.Location;
    private static readonly string ToolingAssembly = typeof(Sitrep.Evaluation.EvaluationScorer).Assembly.Location;

    // The layers of docs/architecture.md, bottom first: a namespace may use only namespaces of lower layers.
    private static readonly string[][] Layers =
    [
        ["Sitrep"],
        ["Sitrep.Documents", "Sitrep.Ingest", "Sitrep.Ingest.NearDuplicates"],
        ["Sitrep.Text.Lexicon"],
        ["Sitrep.Geo", "Sitrep.Time"],
        ["Sitrep.Text.Ner", "Sitrep.Actors", "Sitrep.Quantities"],
        ["Sitrep.Text"],
        ["Sitrep.Events"],
        ["Sitrep.Clustering", "Sitrep.Json"],
        ["Sitrep.Storage"],
        ["Sitrep.Exports"],
        ["Sitrep.Pipeline"],
    ];

    [Fact]
    public void The_runtime_namespaces_form_no_cycle()
    {
        var graph = NamespaceGraph.Of(TypeDependencyReader.Read(RuntimeAssembly), "Sitrep");

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles in Sitrep.Core:\n" + string.Join("\n\n", cycles.Select(graph.Describe)));
    }

    [Fact]
    public void The_runtime_namespaces_follow_the_layers()
    {
        var graph = NamespaceGraph.Of(TypeDependencyReader.Read(RuntimeAssembly), "Sitrep");
        var layerOf = Layers.SelectMany((names, layer) => names.Select(n => (n, layer))).ToDictionary(p => p.n, p => p.layer);

        var unplaced = graph.Namespaces.Where(n => !layerOf.ContainsKey(n)).ToList();
        var upward = graph.Namespaces.Where(layerOf.ContainsKey)
            .SelectMany(from => graph.Uses(from)
                .Where(to => layerOf.TryGetValue(to.Key, out var layer) && layer >= layerOf[from])
                .Select(to => $"{from} -> {to.Key}   ({to.Value.From} uses {to.Value.To})"))
            .ToList();

        Assert.True(unplaced.Count == 0, "Namespaces missing from the layers of docs/architecture.md: " + string.Join(", ", unplaced));
        Assert.True(upward.Count == 0, "Arrows that do not point down the layers:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void The_runtime_does_not_reference_the_tooling()
    {
        Assert.DoesNotContain("Sitrep.Tooling", TypeDependencyReader.ReferencedAssemblies(RuntimeAssembly));
        // The reader sees references at all: the tooling's own reference to the runtime is found.
        Assert.Contains("Sitrep.Core", TypeDependencyReader.ReferencedAssemblies(ToolingAssembly));
    }

    [Fact]
    public void The_reader_sees_uses_made_only_inside_method_bodies()
    {
        // ArchitectureTests names NamespaceGraph only in a method body (a call and a local): the IL must show it.
        var types = TypeDependencyReader.Read(typeof(ArchitectureTests).Assembly.Location);

        var self = Assert.Single(types, t => t.Type == typeof(ArchitectureTests).FullName);
        Assert.Contains(typeof(NamespaceGraph).FullName, self.Uses);
    }

    [Fact]
    public void A_cycle_is_found_with_the_types_behind_each_arrow()
    {
        var graph = new NamespaceGraph();
        graph.AddEdge("Sitrep.Storage", "Sitrep.Clustering", "Sitrep.Storage.IEventStore", "Sitrep.Clustering.FusedEvent");
        graph.AddEdge("Sitrep.Clustering", "Sitrep.Storage", "Sitrep.Clustering.Service", "Sitrep.Storage.IEventStore");
        graph.AddEdge("Sitrep.Clustering", "Sitrep.Events", "Sitrep.Clustering.FusedEvent", "Sitrep.Events.PloverType");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["Sitrep.Clustering", "Sitrep.Storage"], cycle);
        Assert.Contains("Sitrep.Storage -> Sitrep.Clustering   (Sitrep.Storage.IEventStore uses Sitrep.Clustering.FusedEvent)", graph.Describe(cycle), StringComparison.Ordinal);
        Assert.DoesNotContain("Sitrep.Events", graph.Describe(cycle), StringComparison.Ordinal);
    }
}