
namespace Sitrep.Documents;

/// <summary>
/// The tokens of a document, in text order, non-overlapping, stored as parallel arrays of offsets and kinds
/// (no per-token strings; read a token's characters with <see cref="TextSpan.Of"/>).
/// </summary>
public sealed class TokenLayer : IDocumentLayer
{
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly TokenKind[] kinds;

    /// <summary>Creates the layer from parallel arrays of <paramref name="count"/> used entries; the arrays are not copied.</summary>
    internal TokenLayer(int[] starts, int[] ends, TokenKind[] kinds, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, starts.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, ends.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, kinds.Length);
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        Count = count;
    }

    /// <inheritdoc/>
    public string Name => "tokens";

    /// <summary>Number of tokens.</summary>
    public int Count { get; }

    /// <summary>Token <paramref name="index"/>.</summary>
    public Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new Token(new TextSpan(starts[index], ends[index]), kinds[index]);
        }
    }

    /// <summary>Start offset of token <paramref name="index"/>.</summary>
    public int StartOf(int index) => starts[index];

    /// <summary>End offset of token <paramref name="index"/>.</summary>
    public int EndOf(int index) => ends[index];

    /// <summary>Kind of token <paramref name="index"/>.</summary>
    public TokenKind KindOf(int index) => kinds[index];

    /// <summary>The characters of token <paramref name="index"/> in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> TextOf(string text, int index) => text.AsSpan(starts[index], ends[index] - starts[index]);

    /// <summary>Index of the first token that ends after <paramref name="offset"/> (binary search); <see cref="Count"/> when none.</summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}