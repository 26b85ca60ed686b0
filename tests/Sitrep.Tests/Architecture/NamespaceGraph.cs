namespace Sitrep.Tests.Architecture;

/// <summary>
/// The namespaces of an assembly and which uses which, built from its types' dependencies, with the cycles among them
/// (Tarjan's strongly connected components: every component of more than one namespace is a knot).
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, (string From, string To)>> edges = new(StringComparer.Ordinal);

    /// <summary>The graph of the namespaces under <paramref name="root"/> (the compiler's own types left out).</summary>
    public static NamespaceGraph Of(IEnumerable<TypeDependencies> types, string root)
    {
        var graph = new NamespaceGraph();
        var namespaceOf = types.ToDictionary(t => t.Type, t => t.Namespace, StringComparer.Ordinal);
        foreach (var type in types.Where(t => Under(t.Namespace, root)))
        {
            graph.Add(type.Namespace);
            foreach (var used in type.Uses)
            {
                var target = namespaceOf[used];
                if (Under(target, root) && target != type.Namespace)
                {
                    graph.AddEdge(type.Namespace, target, type.Type, used);
                }
            }
        }
        return graph;
    }

    /// <summary>The namespaces.</summary>
    public IEnumerable<string> Namespaces => edges.Keys;

    /// <summary>The namespaces <paramref name="from"/> uses, each with one pair of types that makes the arrow.</summary>
    public IReadOnlyDictionary<string, (string From, string To)> Uses(string from) => edges[from];

    public void Add(string name) => edges.TryAdd(name, new Dictionary<string, (string, string)>(StringComparer.Ordinal));

    public void AddEdge(string from, string to, string fromType, string toType)
    {
        Add(from);
        Add(to);
        edges[from].TryAdd(to, (fromType, toType));
    }

    /// <summary>Each set of namespaces that reach one another (sorted), largest first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges[node].Keys)
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], nextIndex);
                }
            }
            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add(component.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return cycles.OrderByDescending(c => c.Count).ToList();
    }

    /// <summary>A cycle's arrows, one line each with the pair of types behind it, for a failure message.</summary>
    public string Describe(IReadOnlyList<string> cycle)
    {
        var members = cycle.ToHashSet(StringComparer.Ordinal);
        var lines = cycle.SelectMany(from => edges[from]
            .Where(e => members.Contains(e.Key))
            .Select(e => $"  {from} -> {e.Key}   ({e.Value.From} uses {e.Value.To})"));
        return string.Join('\n', lines);
    }

    private static bool Under(string name, string root) =>
        name == root || name.StartsWith(root + ".", StringComparison.Ordinal);
}