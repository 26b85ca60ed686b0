namespace Sitrep.Events;

/// <summary>
/// Which mention each quotation speaks of: the first mention that reports the sentence the quote opens in, else the
/// last mention (in list order) opened before that sentence and reported up to two sentences before it. Answered for
/// all quotes in one sweep over the sentences (a dictionary for the first rule; for the second, the mentions that
/// qualify at each sentence held in a sorted set) instead of a scan of every mention per quote.
/// </summary>
internal static class QuoteEvents
{
    /// <summary>The mention index of each quote, by the sentence index each quote opens in; null where none qualifies.</summary>
    public static int?[] Of(IReadOnlyList<int> quoteSentences, IReadOnlyList<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(quoteSentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var firstReporting = new Dictionary<int, int>();
        for (var m = 0; m < mentions.Count; m++)
        {
            foreach (var s in mentions[m].SentenceIndexes)
            {
                firstReporting.TryAdd(s, m);
            }
        }

        // Mention m qualifies at sentence s when its first sentence is before s and its last is at least s - 2: it
        // joins the set once s passes its first sentence and leaves it for good once s - 2 passes its last.
        var byFirst = Enumerable.Range(0, mentions.Count).OrderBy(m => mentions[m].SentenceIndexes[0]).ToArray();
        var leaving = new PriorityQueue<int, int>();
        var open = new SortedSet<int>();
        var answers = new int?[quoteSentences.Count];
        var next = 0;
        foreach (var q in Enumerable.Range(0, quoteSentences.Count).OrderBy(q => quoteSentences[q]))
        {
            var sentence = quoteSentences[q];
            if (firstReporting.TryGetValue(sentence, out var exact))
            {
                answers[q] = exact;
                continue;
            }

            for (; next < byFirst.Length && mentions[byFirst[next]].SentenceIndexes[0] < sentence; next++)
            {
                open.Add(byFirst[next]);
                leaving.Enqueue(byFirst[next], mentions[byFirst[next]].SentenceIndexes[^1]);
            }

            while (leaving.TryPeek(out var m, out var last) && sentence - last > 2)
            {
                leaving.Dequeue();
                open.Remove(m);
            }

            answers[q] = open.Count > 0 ? open.Max : null;
        }

        return answers;
    }
}