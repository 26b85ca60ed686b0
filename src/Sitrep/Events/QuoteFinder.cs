using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// Finds direct quotations (“…” or "…", at least <see cref="MinWords"/> words, so scare quotes such as “narco sub” are
/// not speech) and their speakers: "“…,” Parnell wrote", "“…,” said Donovan", "Donovan said: “…”", "he said" (the last
/// person named). A speaker is given by its fullest name through the entity links.
/// </summary>
internal static class QuoteFinder
{
    public const int MinWords = 5;

    public static List<(TextSpan Span, string? Speaker, TextSpan? SpeakerSpan)> Find(Document document, DocumentWords words)
    {
        var text = document.Text;
        var entities = document.TryGet<EntityLayer>();
        var named = entities is null ? null : new SentenceItems<int>([.. Enumerable.Range(0, entities.Entities.Length)], e => entities.Entities[e].Span);
        var closing = new NextMark(text, ['”', '"']);
        var newlines = new NextMark(text, ['\n']);
        var quotes = new List<(TextSpan, string?, TextSpan?)>();
        string? lastSpeaker = null;
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOfAny(['“', '"'], i);
            if (open < 0)
            {
                break;
            }

            // Either closing mark ends a quotation: news copy mixes them ("It is no longer a question of when.”),
            // and a quotation left open would make the rest of the story speech.
            var close = closing.From(open + 1);
            var newline = newlines.From(open + 1);
            if (close < 0 || (newline >= 0 && newline < close))
            {
                close = newline < 0 ? text.Length - 1 : newline - 1;
            }

            var span = new TextSpan(open, Math.Min(text.Length, close + 1));
            i = span.End;
            if (CountWords(text.AsSpan(span.Start, span.Length)) < MinWords)
            {
                continue;
            }

            var (speaker, speakerSpan) = SpeakerOf(document, words, entities, named, span, lastSpeaker);
            lastSpeaker = speaker ?? lastSpeaker;
            quotes.Add((span, speaker, speakerSpan));
        }

        return quotes;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private static (string? Name, TextSpan? Span) SpeakerOf(
        Document document, DocumentWords words, EntityLayer? entities, SentenceItems<int>? named, TextSpan quote, string? lastSpeaker)
    {
        // After the quote: up to eight tokens holding a reporting verb and a name or pronoun.
        var after = words.Tokens.IndexAtOrAfter(quote.End);
        var limit = Math.Min(words.Tokens.Count, after + 8);
        var reported = false;
        for (var j = after; j < limit && !reported; j++)
        {
            reported = EventCues.Reporting.Contains(words.Lower[j]) && words.Lower[j] != "according";
        }

        if (reported && entities is not null)
        {
            var window = new TextSpan(quote.End, words.Tokens.EndOf(limit - 1));
            if (Named(document, entities, named!, window) is { } speaker)
            {
                return speaker;
            }

            for (var j = after; j < limit; j++)
            {
                if (words.Lower[j] is "he" or "she")
                {
                    return (lastSpeaker, null);
                }
            }
        }

        // Before the quote, in the same sentence: "Donovan said: “…”".
        var before = words.Tokens.IndexAtOrAfter(quote.Start) - 1;
        for (var j = before; j >= Math.Max(0, before - 6); j--)
        {
            if (EventCues.Reporting.Contains(words.Lower[j]) && entities is not null)
            {
                var window = new TextSpan(words.Tokens.StartOf(Math.Max(0, j - 6)), words.Tokens.EndOf(j));
                return Named(document, entities, named!, window) ?? (null, null);
            }
        }

        return (null, null);
    }

    // "Mhike told VOA": the addressee is not the speaker.
    private static bool AddresseeAt(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith("told", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" to", StringComparison.OrdinalIgnoreCase);
    }

    // The first entity of the layer inside the window that is a person or an organisation and no addressee. The
    // window's entities are found by binary search (a long article has thousands of entities and hundreds of quotes).
    private static (string? Name, TextSpan? Span)? Named(Document document, EntityLayer entities, SentenceItems<int> inWindow, TextSpan window)
    {
        foreach (var e in inWindow.In(window))
        {
            var entity = entities.Entities[e];
            if (entity.Type is EntityType.Person or EntityType.Org && !AddresseeAt(document.Text, entity.Span.Start))
            {
                var full = entities.Entities[entities.Resolve(e)];
                return (full.Span.Of(document.Text).ToString(), entity.Span);
            }
        }

        return null;
    }

    // The next of some marks at or after a position, remembered: the positions asked only grow, and a quotation left
    // open (no closing mark, or none before the end of its line) would otherwise search to the end of the text again
    // for every opening mark after it.
    private sealed class NextMark(string text, char[] marks)
    {
        private int searchedFrom = int.MaxValue;
        private int found = -1;

        public int From(int position)
        {
            if (position < searchedFrom || (found >= 0 && found < position))
            {
                found = text.IndexOfAny(marks, position);
                searchedFrom = position;
            }

            return found;
        }
    }
}