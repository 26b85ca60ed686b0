using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class NerWordClustersTests
{
    private const string Table = """
        # comment
        obama	110100101011	always
        bush	110100101010	always
        tampa	1101110	always
        the	0010	never
        general	11001100	sometimes
        """;

    internal static NerWordClusters Sample() => NerWordClusters.Read(new StringReader(Table), "sample");

    [Theory]
    [InlineData("Obama", 4, "1101")]
    [InlineData("obama", 6, "110100")]
    [InlineData("OBAMA", 10, "1101001010")]
    [InlineData("obama", 20, "110100101011")]
    [InlineData("the", 6, "0010")]
    [InlineData("unknownword", 4, "")]
    public void Looks_words_up_by_their_lower_case_hash_and_cuts_path_prefixes(string word, int bits, string expected)
    {
        var entry = Sample().Lookup(FeatureHash.OfLower(word));
        var prefix = NerWordClusters.Prefix(entry, bits);
        var length = (int)(prefix & 0xFF);
        var path = length == 0 ? "" : Convert.ToString((long)(prefix >> 8), 2).PadLeft(length, '0');
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("Tampa", NerCapitalisation.Always)]
    [InlineData("the", NerCapitalisation.Never)]
    [InlineData("general", NerCapitalisation.Sometimes)]
    [InlineData("zebra", NerCapitalisation.Unseen)]
    public void Knows_each_words_capitalisation(string word, NerCapitalisation expected) =>
        Assert.Equal(expected, NerWordClusters.CapitalisationOf(Sample().Lookup(FeatureHash.OfLower(word))));

    [Theory]
    [InlineData("obama\t1101")]
    [InlineData("obama\t1102\talways")]
    [InlineData("obama\t1101\tsmall")]
    [InlineData("\t1101\talways")]
    public void Rejects_a_malformed_line(string line) =>
        Assert.Throws<InvalidDataException>(() => NerWordClusters.Read(new StringReader(line), "bad"));

    [Fact]
    public void Fingerprint_changes_with_any_entry()
    {
        var other = NerWordClusters.Read(new StringReader(Table.Replace("tampa\t1101110", "tampa\t1101111", StringComparison.Ordinal)), "other");
        Assert.Equal(5, Sample().Count);
        Assert.NotEqual(Sample().Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void Words_of_one_cluster_share_their_path_features_and_padding_has_none()
    {
        var clusters = Sample();
        string[] words = ["Obama", "met", "Bush"];
        var lowers = new ulong[] { 11, 12 }.Concat(words.Select(w => FeatureHash.OfLower(w))).Concat([21UL, 22UL]).ToArray();
        var entries = new ulong[lowers.Length];
        NerClusterFeatures.Lookup(clusters, lowers, 2, entries);
        var classes = new ulong[lowers.Length];
        var obama = new ulong[NerClusterFeatures.Count];
        var bush = new ulong[NerClusterFeatures.Count];
        NerClusterFeatures.Write(entries, classes, 2, obama);
        NerClusterFeatures.Write(entries, classes, 4, bush);
        Assert.Equal(obama[..3], bush[..3]); // prefixes of 4, 6 and 10 bits agree; 20 bits tell them apart
        Assert.NotEqual(obama[3], bush[3]);
        Assert.Equal(0UL, obama[4]); // no word before the first
        Assert.Equal(0UL, bush[8]); // nor after the last
        Assert.Equal(obama[12], bush[12]); // both always capitalised
        Assert.NotEqual(0UL, obama[15]); // "met" is unseen: a feature of its own
    }

    [Fact]
    public void Without_clusters_the_features_are_empty()
    {
        var entries = new ulong[5];
        NerClusterFeatures.Lookup(null, [11, 12, 99, 21, 22], 2, entries);
        var features = Enumerable.Repeat(7UL, NerClusterFeatures.Count).ToArray();
        NerClusterFeatures.Write(entries, new ulong[5], 2, features);
        Assert.All(features, f => Assert.Equal(0UL, f));
    }
}