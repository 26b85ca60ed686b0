using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

public sealed class SentenceItemsTests
{
    [Fact]
    public void A_sentence_gets_the_items_inside_it_in_the_layer_order()
    {
        TextSpan[] items = [new(30, 35), new(2, 6), new(8, 12), new(9, 25), new(20, 20)];
        var index = new SentenceItems<TextSpan>(items, s => s);

        Assert.Equal([new TextSpan(2, 6), new TextSpan(8, 12), new TextSpan(20, 20)], index.In(new TextSpan(0, 20)));
        Assert.Equal([new TextSpan(30, 35)], index.In(new TextSpan(26, 40)));
    }

    [Fact]
    public void Every_answer_is_what_filtering_the_whole_layer_gives()
    {
        var random = new Random(23);
        for (var round = 0; round < 50; round++)
        {
            var items = Enumerable.Range(0, 40).Select(_ => Span(random)).ToArray();
            var index = new SentenceItems<TextSpan>(items, s => s);
            for (var ask = 0; ask < 20; ask++)
            {
                var sentence = Span(random);
                Assert.Equal(items.Where(sentence.Contains), index.In(sentence));
            }
        }
    }

    private static TextSpan Span(Random random)
    {
        var start = random.Next(0, 100);
        return new TextSpan(start, start + random.Next(0, 30));
    }
}