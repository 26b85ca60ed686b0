using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>User names in the tweet corpora become one token labelled O, as Sitrep's tokenizer reads "@user".</summary>
public sealed class NerHandleTests
{
    [Theory]
    [InlineData("RT @ maria : hi", "O B-PER I-PER O O", "RT @maria : hi", "O O O O")] // BTC: split and tagged
    [InlineData("@ lisa _ 92 hi", "O B-person O O O", "@lisa_92 hi", "O O")] // WNUT: "@lisa_92" split in four
    [InlineData("@ Sky Sports", "O B-ORG I-ORG", "@Sky Sports", "O I-ORG")] // the rest of the name begins anew (I after O opens a span)
    [InlineData("@KennySky hi", "O O", "@KennySky hi", "O O")] // already one token
    [InlineData("at 3 @ 4 pm", "O O B-PER O O", "at 3 @4 pm", "O O O O")] // a lone "@" is never a name
    [InlineData("a @ . b", "O B-PER O O", "a @ . b", "O O O O")]
    public void Joins_handles_and_labels_them_outside(string words, string tags, string expectedWords, string expectedTags)
    {
        var w = words.Split(' ').ToList();
        var t = tags.Split(' ').ToList();
        SharedNerCorpora.JoinHandles(w, t);
        Assert.Equal(expectedWords, string.Join(' ', w));
        Assert.Equal(expectedTags, string.Join(' ', t));
    }
}