using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

public sealed class QuoteEventsTests
{
    [Fact]
    public void A_quote_goes_to_the_first_mention_reporting_its_sentence()
    {
        EventMention[] mentions = [Mention(0), Mention(3, 5), Mention(5)];

        Assert.Equal([1], QuoteEvents.Of([5], mentions));
    }

    [Fact]
    public void Otherwise_to_the_last_mention_opened_before_it_and_reported_up_to_two_sentences_before()
    {
        EventMention[] mentions = [Mention(1), Mention(2), Mention(9)];

        Assert.Equal([1, 1, null, null], QuoteEvents.Of([3, 4, 5, 0], mentions));
    }

    [Fact]
    public void Every_answer_is_what_scanning_every_mention_gives()
    {
        var random = new Random(23);
        for (var round = 0; round < 200; round++)
        {
            var mentions = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
            {
                var first = random.Next(0, 30);
                return Mention([.. Enumerable.Range(first, random.Next(1, 4)).Where(s => s == first || random.Next(2) == 0)]);
            }).ToArray();
            var quotes = Enumerable.Range(0, random.Next(0, 10)).Select(_ => random.Next(-1, 34)).ToArray();

            Assert.Equal(quotes.Select(q => Scan(q, mentions)), QuoteEvents.Of(quotes, mentions));
        }
    }

    // The rule as a scan of every mention per quote, as it was written before the sweep.
    private static int? Scan(int sentence, EventMention[] mentions)
    {
        var exact = Array.FindIndex(mentions, m => m.SentenceIndexes.Contains(sentence));
        if (exact >= 0)
        {
            return exact;
        }

        var last = Array.FindLastIndex(mentions, m => m.SentenceIndexes[0] < sentence && sentence - m.SentenceIndexes[^1] <= 2);
        return last >= 0 ? last : null;
    }

    private static EventMention Mention(params int[] sentences) =>
        new(default, default, PloverType.Assault, null, EventKind.Incident, EventModality.Asserted, [], [], null, null, null, null, null, sentences);
}