using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>Growable parallel arrays of token offsets and kinds; becomes a <see cref="TokenLayer"/> without copying.</summary>
internal sealed class TokenBuffer
{
    private int[] starts;
    private int[] ends;
    private TokenKind[] kinds;

    public TokenBuffer(int capacity)
    {
        capacity = Math.Max(capacity, 8);
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new TokenKind[capacity];
    }

    public int Count { get; private set; }

    public void Add(int start, int end, TokenKind kind)
    {
        if (Count == starts.Length)
        {
            var size = Count * 2;
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
            Array.Resize(ref kinds, size);
        }

        starts[Count] = start;
        ends[Count] = end;
        kinds[Count] = kind;
        Count++;
    }

    public TokenLayer ToLayer() => new(starts, ends, kinds, Count);
}