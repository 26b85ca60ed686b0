using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// The items of one layer (time expressions, places, quantities, entities) that lie inside a sentence or another span,
/// in the layer's order, found by binary search over the items sorted by start and kept per span: every trigger of a
/// long article asks for its sentence's items, and scanning the whole layer per trigger grew with the square of the text.
/// </summary>
internal sealed class SentenceItems<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly Func<T, TextSpan> spanOf;
    private readonly Dictionary<TextSpan, List<T>> bySentence = [];
    private int[]? byStart;

    public SentenceItems(IReadOnlyList<T> items, Func<T, TextSpan> spanOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(spanOf);
        this.items = items;
        this.spanOf = spanOf;
    }

    /// <summary>The items <paramref name="sentence"/> contains, in the layer's order: what filtering the whole layer gives.</summary>
    public IReadOnlyList<T> In(TextSpan sentence)
    {
        if (bySentence.TryGetValue(sentence, out var cached))
        {
            return cached;
        }

        byStart ??= [.. Enumerable.Range(0, items.Count).OrderBy(i => spanOf(items[i]).Start).ThenBy(i => i)];
        int lo = 0, hi = byStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spanOf(items[byStart[mid]]).Start < sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // "<=": an empty span at the sentence's end is inside it, as TextSpan.Contains says.
        var inside = new List<int>();
        for (var i = lo; i < byStart.Length && spanOf(items[byStart[i]]).Start <= sentence.End; i++)
        {
            if (sentence.Contains(spanOf(items[byStart[i]])))
            {
                inside.Add(byStart[i]);
            }
        }

        inside.Sort();
        return bySentence[sentence] = inside.ConvertAll(i => items[i]);
    }
}