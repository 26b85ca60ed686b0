using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// Answers "is this token inside one of the spans?" in O(log n): the spans sorted by start, with the furthest end
/// reached by any span starting at or before each. The matcher asks once per token, and a long story has as many
/// names to leave alone as it has tokens, so scanning every span per token grew with the square of the text.
/// </summary>
internal sealed class ExcludedSpans
{
    private readonly int[] starts;
    private readonly int[] furthestEnds;

    public ExcludedSpans(IReadOnlyList<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        starts = new int[sorted.Length];
        furthestEnds = new int[sorted.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            starts[i] = sorted[i].Start;
            furthest = Math.Max(furthest, sorted[i].End);
            furthestEnds[i] = furthest;
        }
    }

    /// <summary>True when some span starts at or before <paramref name="start"/> and ends at or after <paramref name="end"/>.</summary>
    public bool Covers(int start, int end)
    {
        // The last span starting at or before start; every span that could contain [start, end) is at or before it.
        var index = Array.BinarySearch(starts, start);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            while (index + 1 < starts.Length && starts[index + 1] == start)
            {
                index++;
            }
        }

        return index >= 0 && furthestEnds[index] >= end;
    }
}