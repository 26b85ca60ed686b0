using System.Buffers.Binary;

namespace Sitrep.Ingest.NearDuplicates;

/// <summary>
/// The MinHash signature of one text: for each of the hasher's functions, the smallest hash over the text's word shingles.
/// The fraction of positions where two signatures agree estimates the Jaccard similarity of their shingle sets
/// (Broder 1997, "On the resemblance and containment of documents").
/// </summary>
public sealed class MinHashSignature
{
    private readonly uint[] values;

    /// <summary>Wraps <paramref name="values"/> (copied); <paramref name="isEmpty"/> marks a text with no words.</summary>
    public MinHashSignature(ReadOnlySpan<uint> values, bool isEmpty = false)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("A signature needs at least one hash function.", nameof(values));
        }

        this.values = values.ToArray();
        IsEmpty = isEmpty;
    }

    /// <summary>The minimum hash per function, in function order.</summary>
    public ReadOnlySpan<uint> Values => values;

    /// <summary>How many hash functions the signature has.</summary>
    public int Length => values.Length;

    /// <summary>True when the text had no words: such a signature is similar to nothing.</summary>
    public bool IsEmpty { get; }

    /// <summary>
    /// Estimated Jaccard similarity of the two texts' shingle sets: the share of agreeing positions.
    /// Zero when either text had no words.
    /// </summary>
    public double EstimateSimilarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Length != Length)
        {
            throw new ArgumentException($"Signatures differ in length ({Length} and {other.Length}).", nameof(other));
        }

        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var agree = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == other.values[i])
            {
                agree++;
            }
        }

        return (double)agree / values.Length;
    }

    /// <summary>Little-endian bytes, four per function: the form the stores keep as a BLOB.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[values.Length * sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), values[i]);
        }

        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote. A text with no words has every value at <see cref="uint.MaxValue"/>.</summary>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || bytes.Length % sizeof(uint) != 0)
        {
            throw new ArgumentException($"A signature is a non-empty multiple of 4 bytes, not {bytes.Length}.", nameof(bytes));
        }

        var values = new uint[bytes.Length / sizeof(uint)];
        var allMax = true;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
            allMax &= values[i] == uint.MaxValue;
        }

        return new MinHashSignature(values, allMax);
    }
}