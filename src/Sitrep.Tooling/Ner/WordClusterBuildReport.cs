using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Sitrep.Text.Ner;

/// <summary>What <see cref="WordClusterBuilder.Build(string, string, string, int, int, CancellationToken)"/> read and how long it took.</summary>
/// <param name="Sources">Sentences and tokens read per source.</param>
/// <param name="Words">Words in the table.</param>
/// <param name="Clusters">Clusters asked for (the window).</param>
/// <param name="ReadTime">Reading and tokenising.</param>
/// <param name="ClusterTime">Clustering.</param>
/// <param name="Diagnostics">Unreadable or missing files.</param>
public sealed record WordClusterBuildReport(
    IReadOnlyDictionary<string, (int Sentences, int Tokens)> Sources,
    int Words,
    int Clusters,
    TimeSpan ReadTime,
    TimeSpan ClusterTime,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>A plain-text summary.</summary>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        foreach (var (source, (sentences, tokens)) in Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.AppendLine(c, $"{source}: {sentences} sentences, {tokens} tokens");
        }

        text.AppendLine(c, $"{Words} words in {Clusters} clusters; read in {ReadTime.TotalSeconds:F1} s, clustered in {ClusterTime.TotalSeconds:F1} s");
        foreach (var d in Diagnostics)
        {
            text.AppendLine(d.ToString());
        }

        return text.ToString();
    }
}