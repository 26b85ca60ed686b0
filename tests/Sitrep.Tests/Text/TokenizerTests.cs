using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Tests.Text;

public sealed class TokenizerTests
{
    private readonly TokenizerStage stage = new();

    private string[] Tokens(string text)
    {
        var layer = stage.Tokenize(text);
        return [.. Enumerable.Range(0, layer.Count).Select(i => layer.TextOf(text, i).ToString())];
    }

    [Theory]
    [InlineData("U.S. and Ecuadoran forces", "U.S.|and|Ecuadoran|forces")]
    [InlineData("SOUTHCOM Commander Gen. Francis L. Donovan directed", "SOUTHCOM|Commander|Gen.|Francis|L.|Donovan|directed")]
    [InlineData("Mr. Trump met Dr. Smith", "Mr.|Trump|met|Dr.|Smith")]
    [InlineData("It was ranked No. 1 on Jan. 5.", "It|was|ranked|No.|1|on|Jan.|5|.")]
    [InlineData("He said no. Then he left.", "He|said|no|.|Then|he|left|.")]
    [InlineData("the 38-year-old leader", "the|38-year-old|leader")]
    [InlineData("killing 1,200 people, 3.5 percent", "killing|1,200|people|,|3.5|percent")]
    [InlineData("Around 70% of the drugs", "Around|70|%|of|the|drugs")]
    [InlineData("Ecuador's ports", "Ecuador|'s|ports")]
    [InlineData("Ecuador’s defense ministry", "Ecuador|’s|defense|ministry")]
    [InlineData("the commanders' orders", "the|commanders|'|orders")]
    [InlineData("They don't know", "They|do|n't|know")]
    [InlineData("Patrick O'Brien said", "Patrick|O'Brien|said")]
    [InlineData("“lethal kinetic strikes” against", "“|lethal|kinetic|strikes|”|against")]
    [InlineData("joint \"lethal kinetic operations\" to", "joint|\"|lethal|kinetic|operations|\"|to")]
    [InlineData("At the order of @SecWar, #SOUTHCOM Commander", "At|the|order|of|@SecWar|,|#SOUTHCOM|Commander")]
    [InlineData("the fight… https://t.co/egyAlEZYOB — U.S. Southern Command (@Southcom) March 6, 2026",
        "the|fight|…|https://t.co/egyAlEZYOB|—|U.S.|Southern|Command|(|@Southcom|)|March|6|,|2026")]
    [InlineData("see pic.twitter.com/abc123.", "see|pic.twitter.com/abc123|.")]
    [InlineData("According to Politico.com, Trump", "According|to|Politico.com|,|Trump")]
    [InlineData("the Cayapas–Mataje mangrove", "the|Cayapas|–|Mataje|mangrove")]
    [InlineData("from 2010-2015 in", "from|2010-2015|in")]
    [InlineData("the S-400 and F-16 jets", "the|S-400|and|F-16|jets")]
    [InlineData("at 10:30 a.m. Friday", "at|10:30|a.m.|Friday")]
    [InlineData("a U.S.-led coalition", "a|U.S.-led|coalition")]
    [InlineData("said Sen.\u00A0Rubio\u00A0on Friday", "said|Sen.|Rubio|on|Friday")]
    [InlineData("wait... what?! Really", "wait|...|what|?!|Really")]
    [InlineData("Write to press@state.gov today", "Write|to|press@state.gov|today")]
    [InlineData("AT&T and Procter & Gamble", "AT&T|and|Procter|&|Gamble")]
    [InlineData("in the 1990s, when", "in|the|1990s|,|when")]
    [InlineData("cost $4.5 billion", "cost|$|4.5|billion")]
    public void Splits_news_phrasing(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Tokens(text)));

    [Theory]
    [InlineData("Gen.", TokenKind.Abbreviation)]
    [InlineData("U.S.", TokenKind.Abbreviation)]
    [InlineData("1,200", TokenKind.Number)]
    [InlineData("3.5", TokenKind.Number)]
    [InlineData("38-year-old", TokenKind.Word)]
    [InlineData("@Southcom", TokenKind.Handle)]
    [InlineData("#SOUTHCOM", TokenKind.Hashtag)]
    [InlineData("https://t.co/egyAlEZYOB", TokenKind.Url)]
    [InlineData("—", TokenKind.Punctuation)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("\U0001F1FA", TokenKind.Symbol)]
    public void Classifies_tokens(string text, TokenKind kind)
    {
        var layer = stage.Tokenize(text);
        Assert.Equal(1, layer.Count);
        Assert.Equal(kind, layer.KindOf(0));
    }

    [Fact]
    public void Tokens_cover_every_corpus_file_in_order()
    {
        var files = TextTestData.CorpusFiles().ToList();
        foreach (var file in files)
        {
            AssertCovers(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Tokens_cover_random_text_in_order()
    {
        // Property test: strings drawn from an alphabet of the characters the scanner treats specially.
        const string alphabet = "aZ09 .,'’-‐–—\"“”@#_&%$:/…\u00A0\n\tUSwh?!()é\u200B\uD83D\uDE00";
        var random = new Random(12345);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertCovers(new string(chars));
        }

        AssertCovers("http://");
        AssertCovers("www.");
        AssertCovers("a.b.");
        AssertCovers("U.S");
        AssertCovers("'s");
    }

    private void AssertCovers(string text)
    {
        var layer = stage.Tokenize(text);
        var previousEnd = 0;
        for (var i = 0; i < layer.Count; i++)
        {
            var token = layer[i];
            Assert.True(token.Start >= previousEnd, $"token {i} overlaps or is out of order in {text}");
            Assert.True(token.End > token.Start, $"token {i} is empty in {text}");
            Assert.True(token.End <= text.Length);
            for (var k = previousEnd; k < token.Start; k++)
            {
                Assert.True(CharClass.IsSpace(text[k]), $"character {k} '{text[k]}' is not in any token of {text}");
            }

            previousEnd = token.End;
        }

        for (var k = previousEnd; k < text.Length; k++)
        {
            Assert.True(CharClass.IsSpace(text[k]), $"trailing character {k} is not in any token of {text}");
        }
    }
}