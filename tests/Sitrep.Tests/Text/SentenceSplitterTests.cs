using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class SentenceSplitterTests
{
    private readonly TokenizerStage tokenizer = new();
    private readonly SentenceSplitterStage splitter = new();

    private string Split(string text)
    {
        var layer = splitter.Split(text, tokenizer.Tokenize(text));
        return string.Join(" | ", layer.Sentences.Select(s => text[s.Span.Start..s.Span.End]));
    }

    [Theory]
    [InlineData("The strike killed six. Officials said more may die.", "The strike killed six. | Officials said more may die.")]
    [InlineData("SOUTHCOM Commander Gen. Francis L. Donovan directed the joint force. It was the first strike.",
        "SOUTHCOM Commander Gen. Francis L. Donovan directed the joint force. | It was the first strike.")]
    [InlineData("On Saturday, Noboa posted an image of himself standing next to Mr. Trump. He wrote a post.",
        "On Saturday, Noboa posted an image of himself standing next to Mr. Trump. | He wrote a post.")]
    [InlineData("U.S. and Ecuadoran forces conducted joint strikes. The U.S. Southern Command said so.",
        "U.S. and Ecuadoran forces conducted joint strikes. | The U.S. Southern Command said so.")]
    [InlineData("Ecuador is working with the U.S. The talks went well.", "Ecuador is working with the U.S. | The talks went well.")]
    [InlineData("The vote is set for Jan. 15 in Quito. Polls open early.", "The vote is set for Jan. 15 in Quito. | Polls open early.")]
    [InlineData("He was ranked No. 1 in the poll. No. He was not.", "He was ranked No. 1 in the poll. | No. | He was not.")]
    [InlineData("\"We destroyed the hideout,\" the leader wrote. Noboa did not say more.",
        "\"We destroyed the hideout,\" the leader wrote. | Noboa did not say more.")]
    [InlineData("“This is a strategic success.” Donovan said in a statement.", "“This is a strategic success.” | Donovan said in a statement.")]
    [InlineData("He said it was \"over.\" Then he left.", "He said it was \"over.\" | Then he left.")]
    [InlineData("“Where are they?” he asked.", "“Where are they?” he asked.")]
    [InlineData("They waited... and waited. Nothing came.", "They waited... and waited. | Nothing came.")]
    [InlineData("We are in the fight… Nobody else is.", "We are in the fight… | Nobody else is.")]
    [InlineData("The camp (which held 50 people) was destroyed. Video showed it.", "The camp (which held 50 people) was destroyed. | Video showed it.")]
    [InlineData("It was destroyed (officials said so.) Video showed it.", "It was destroyed (officials said so.) | Video showed it.")]
    [InlineData("Acme Inc. said profits fell. The Acme Inc. board met.", "Acme Inc. said profits fell. | The Acme Inc. board met.")]
    [InlineData("The strike happened at 10 a.m. Friday near the border.", "The strike happened at 10 a.m. Friday near the border.")]
    [InlineData("Prices rose 3.5 percent. Around 70% of it was fuel.", "Prices rose 3.5 percent. | Around 70% of it was fuel.")]
    [InlineData("Is this real?! Yes.", "Is this real?! | Yes.")]
    public void Splits_news_sentences(string text, string expected) => Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("U.S., Ecuador carry out joint strikes, video shows\nU.S. and Ecuadoran forces conducted joint strikes.",
        "U.S., Ecuador carry out joint strikes, video shows | U.S. and Ecuadoran forces conducted joint strikes.")]
    [InlineData("The first paragraph has no full stop\n\nThe second one does.", "The first paragraph has no full stop | The second one does.")]
    [InlineData("A line ending in a title Gen.\nFrancis Donovan spoke.", "A line ending in a title Gen.\nFrancis Donovan spoke.")]
    [InlineData("A line that runs on\nacross a break.", "A line that runs on\nacross a break.")]
    public void Splits_at_lines(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Separates_an_embedded_post_from_its_attribution()
    {
        const string text = "At the order of @SecWar, #SOUTHCOM Commander Gen. Francis L. Donovan directed the joint force within Ecuador March 6.\n\n\n\n"
            + "“We are advancing alongside our partners in the fight… https://t.co/egyAlEZYOB — U.S. Southern Command (@Southcom) March 6, 2026\n\n"
            + "Ecuador said that the camp had a capacity for 50 people.";
        Assert.Equal(
            "At the order of @SecWar, #SOUTHCOM Commander Gen. Francis L. Donovan directed the joint force within Ecuador March 6. | "
            + "“We are advancing alongside our partners in the fight… https://t.co/egyAlEZYOB | "
            + "— U.S. Southern Command (@Southcom) March 6, 2026 | "
            + "Ecuador said that the camp had a capacity for 50 people.",
            Split(text));
    }

    [Fact]
    public void Treats_hard_wrapped_line_breaks_as_spaces()
    {
        const string text = "The joint mission comes as the Trump administration is working\nto expand efforts against cartels in Latin\nAmerica. Since September American forces have\nconducted dozens of airstrikes on small boats in the\nCaribbean.";
        Assert.Equal(
            "The joint mission comes as the Trump administration is working\nto expand efforts against cartels in Latin\nAmerica. | Since September American forces have\nconducted dozens of airstrikes on small boats in the\nCaribbean.",
            Split(text));
    }

    [Fact]
    public void Sentences_partition_the_tokens_of_every_corpus_file()
    {
        foreach (var file in TextTestData.CorpusFiles())
        {
            var text = File.ReadAllText(file);
            var tokens = tokenizer.Tokenize(text);
            var sentences = splitter.Split(text, tokens).Sentences;
            var next = 0;
            foreach (var sentence in sentences)
            {
                Assert.Equal(next, sentence.FirstToken);
                Assert.Equal(tokens.StartOf(sentence.FirstToken), sentence.Span.Start);
                Assert.Equal(tokens.EndOf(sentence.EndToken - 1), sentence.Span.End);
                next = sentence.EndToken;
            }

            Assert.Equal(tokens.Count, next);
        }
    }

    [Fact]
    public void Stage_adds_sentence_layer_after_tokens()
    {
        var document = new Document("d1", "One. Two.");
        new TokenizerStage().Process(document);
        splitter.Process(document);
        Assert.Equal(2, document.Get<SentenceLayer>().Count);
    }
}