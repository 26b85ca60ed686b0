using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class CapitalisationPriorTests
{
    [Theory]
    [InlineData(0, 0, NerCapitalisation.Unseen)]
    [InlineData(100, 0, NerCapitalisation.Never)]
    [InlineData(100, 4, NerCapitalisation.Never)]
    [InlineData(100, 5, NerCapitalisation.Sometimes)]
    [InlineData(100, 49, NerCapitalisation.Sometimes)]
    [InlineData(100, 50, NerCapitalisation.Mostly)]
    [InlineData(100, 94, NerCapitalisation.Mostly)]
    [InlineData(100, 95, NerCapitalisation.Always)]
    [InlineData(1, 1, NerCapitalisation.Always)]
    public void Buckets_by_share_capitalised(int seen, int capital, NerCapitalisation expected) =>
        Assert.Equal(expected, CapitalisationPrior.Bucket(seen, capital));

    [Theory]
    [InlineData("obama", NerCapitalisation.Always)]
    [InlineData("the", NerCapitalisation.Never)]
    [InlineData("general", NerCapitalisation.Sometimes)]
    [InlineData("officials", NerCapitalisation.Unseen)] // only ever sentence-initial
    [InlineData("washington", NerCapitalisation.Unseen)] // only in a headline
    [InlineData("reports", NerCapitalisation.Never)] // capitalised only after an opening quotation mark
    public void Counts_only_where_the_sentence_does_not_force_a_capital(string word, NerCapitalisation expected)
    {
        var prior = new CapitalisationPrior();
        prior.Add(["Officials", "said", "the", "general", "met", "Obama", "."]);
        prior.Add(["The", "General", "Assembly", "and", "the", "general", "public", "heard", "Obama", "and", "the", "general", "."]);
        prior.Add(["Obama", "Meets", "Leaders", "In", "Washington", "Talks"]);
        prior.Add(["He", "said", "\"", "Reports", "are", "wrong", "\"", "and", "reports", "followed", "."]);
        Assert.Equal(expected, prior.Of(word));
    }
}