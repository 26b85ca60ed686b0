using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// What earlier stages tell the resolver about a document: the dateline's place (a place by position) and the words
/// of people's names ("David" of "David Ortiz"), which are no place elsewhere in the story either.
/// </summary>
internal sealed class PlaceHints
{
    private PlaceHints(TextSpan? dateline, HashSet<string> personWords)
    {
        Dateline = dateline;
        PersonWords = personWords;
    }

    public static PlaceHints None { get; } = new(null, []);

    /// <summary>The dateline's place words ("KABUL, Afghanistan"), or null.</summary>
    public TextSpan? Dateline { get; }

    /// <summary>Folded words of people's names of two or more words.</summary>
    public HashSet<string> PersonWords { get; }

    public static PlaceHints Of(Document document, LeadLayer? lead)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (document.TryGet<EntityLayer>() is { } entities)
        {
            foreach (var e in entities.Entities)
            {
                if (e.Type != EntityType.Person || ReadsAsPlace(document.Text, e.Span))
                {
                    continue;
                }

                var name = ToponymText.Create(e.Span.Of(document.Text).ToString());
                if (name.Tokens.Length < 2)
                {
                    continue;
                }

                for (var t = 0; t < name.Tokens.Length; t++)
                {
                    if (name.Tokens[t].Capitalised)
                    {
                        words.Add(name.Word(t).ToString());
                    }
                }
            }
        }

        return new PlaceHints(lead?.Dateline?.Place, words);
    }

    /// <summary>"in Garissa", "the Middle Shabelle region": a locative before the name or a kind of division after it.</summary>
    public static bool ReadsAsPlace(string text, TextSpan span)
    {
        var (before, at) = WordBefore(text, span.Start);
        if (before is "the")
        {
            (before, _) = WordBefore(text, at);
        }

        if (before is not null && ToponymLexicon.Locatives.Contains(before))
        {
            return true;
        }

        var after = WordAfter(text, span.End);
        return after is not null && PlaceHeads.Default.Divisions.Contains(after);
    }

    private static (string? Word, int Start) WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return (begin < end ? text[begin..end].ToLowerInvariant() : null, begin);
    }

    private static string? WordAfter(string text, int end)
    {
        var begin = end;
        while (begin < text.Length && text[begin] == ' ')
        {
            begin++;
        }

        var stop = begin;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return begin < stop ? text[begin..stop] : null;
    }
}