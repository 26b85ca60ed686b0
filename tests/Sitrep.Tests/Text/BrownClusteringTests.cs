using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class BrownClusteringTests
{
    // An invented language of two word classes: every sentence alternates a "noun" and a "verb", so a bigram model
    // with two classes explains it perfectly and the first bit of the path must tell the classes apart.
    private static readonly string[] Nouns = ["cat", "dog", "bird", "fish", "horse", "goat"];
    private static readonly string[] Verbs = ["runs", "eats", "sleeps", "sings", "swims", "jumps"];

    private static (string[] Vocabulary, List<int[]> Sentences) Corpus()
    {
        var random = new Random(7);
        var text = new List<string[]>();
        for (var s = 0; s < 400; s++)
        {
            var words = new string[6];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = i % 2 == 0 ? Nouns[random.Next(Nouns.Length)] : Verbs[random.Next(Verbs.Length)];
            }

            text.Add(words);
        }

        var vocabulary = text.SelectMany(w => w).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
        var number = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        return (vocabulary, [.. text.Select(words => words.Select(w => number[w]).ToArray())]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Two_word_classes_get_different_first_bits(int window)
    {
        var (vocabulary, sentences) = Corpus();
        var paths = BrownClustering.Cluster(sentences, vocabulary.Length, window, CancellationToken.None);
        var first = vocabulary.Select((w, i) => (Word: w, Bit: paths[i][0])).ToDictionary(p => p.Word, p => p.Bit);
        Assert.Single(Nouns.Select(n => first[n]).Distinct());
        Assert.Single(Verbs.Select(v => first[v]).Distinct());
        Assert.NotEqual(first[Nouns[0]], first[Verbs[0]]);
    }

    [Fact]
    public void Every_word_gets_a_bit_path_and_a_left_out_word_breaks_the_bigram()
    {
        var paths = BrownClustering.Cluster([[0, 1, -1, 2], [2, 0, 1]], 3, 8, CancellationToken.None);
        Assert.Equal(3, paths.Length);
        Assert.All(paths, p => Assert.Matches("^[01]+$", p));
        Assert.Equal(3, paths.Distinct().Count());
    }
}