using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Text.Ner;

/// <summary>
/// Builds <c>data/ner/word-clusters.tsv.gz</c>: Brown clusters (<see cref="BrownClustering"/>) of the lower-cased
/// words of openly licensed unlabelled text (<see cref="UnlabelledTextReader"/>: ECB+, raw-voa bodies, the NER
/// training sentences) and the capitalisation prior (<see cref="CapitalisationPrior"/>) of its edited part. This is
/// <c>tools/build-word-clusters.cs</c>.
/// </summary>
public static class WordClusterBuilder
{
    /// <summary>
    /// Reads ECB+ from <paramref name="sharedDataDirectory"/>/clustering/ecbplus, the NER training sentences from its
    /// ner/ folder and the plain-text articles of <paramref name="rawArticlesDirectory"/>; clusters the words seen at
    /// least <paramref name="minCount"/> times into <paramref name="clusters"/> clusters and writes the table to <paramref name="outputPath"/>.
    /// </summary>
    public static WordClusterBuildReport Build(
        string sharedDataDirectory, string rawArticlesDirectory, string outputPath, int clusters, int minCount, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedDataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(rawArticlesDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var watch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var reader = new UnlabelledTextReader();
        var sentences = reader.ReadEcb(Path.Combine(sharedDataDirectory, "clustering", "ecbplus"), diagnostics, ct)
            .Concat(reader.ReadArticles(rawArticlesDirectory, "raw-voa", ct))
            .Concat(UnlabelledTextReader.ReadNerTraining(Path.Combine(sharedDataDirectory, "ner"), diagnostics, ct))
            .ToList();
        var readTime = watch.Elapsed;

        var rows = Build(sentences, clusters, minCount, ct);
        var clusterTime = watch.Elapsed - readTime;
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using (var file = new FileStream(outputPath, FileMode.Create, FileAccess.Write))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            writer.Write("# Brown word clusters (Liang 2005 window) and capitalisation prior for the Sitrep NER tagger: word TAB path TAB capitalisation.\n");
            writer.Write("# Built by tools/build-word-clusters.cs from ECB+ (CC BY 3.0, Cybulska and Vossen 2014), VOA articles (public domain)\n");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"# and the NER training sentences (see data/ner/README.md); {clusters} clusters, words seen at least {minCount} times.\n"));
            NerWordClusters.Write(writer, rows);
        }

        var sources = sentences.GroupBy(s => s.Source).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(s => s.Words.Length)));
        return new WordClusterBuildReport(sources, rows.Count, clusters, readTime, clusterTime, [.. diagnostics]);
    }

    /// <summary>The table's rows for <paramref name="sentences"/>: words seen at least <paramref name="minCount"/> times, lower-cased.</summary>
    internal static List<(string Word, string Path, NerCapitalisation Capitalisation)> Build(
        IReadOnlyList<UnlabelledSentence> sentences, int clusters, int minCount, CancellationToken ct)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var prior = new CapitalisationPrior();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                var lower = word.ToLowerInvariant();
                frequency[lower] = frequency.GetValueOrDefault(lower) + 1;
            }

            if (sentence.Edited)
            {
                prior.Add(sentence.Words);
            }
        }

        // Words numbered by falling frequency (ties in ordinal order, so the build is reproducible).
        var vocabulary = frequency.Where(f => f.Value >= minCount)
            .OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key).ToArray();
        var number = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            number[vocabulary[i]] = i;
        }

        var encoded = sentences.Select(s => s.Words.Select(w => number.GetValueOrDefault(w.ToLowerInvariant(), -1)).ToArray());
        var paths = BrownClustering.Cluster(encoded, vocabulary.Length, clusters, ct);
        return [.. vocabulary.Select((w, i) => (w, paths[i], prior.Of(w)))];
    }
}