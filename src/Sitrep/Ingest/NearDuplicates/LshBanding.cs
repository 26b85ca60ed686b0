namespace Sitrep.Ingest.NearDuplicates;

/// <summary>
/// Locality-sensitive hashing of MinHash signatures by banding (Leskovec, Rajaraman and Ullman, <i>Mining of Massive
/// Datasets</i>, §3.4): the signature is cut into <see cref="Bands"/> bands of <see cref="RowsPerBand"/> rows, and two
/// texts become candidates when they agree on every row of at least one band. With 32 bands of 4 rows a pair at Jaccard
/// 0.8 is a candidate with probability 1 − (1 − 0.8⁴)³² ≈ 0.99999995, one at 0.3 with about 0.23 and one at 0.1 with
/// about 0.003, so candidates stay few and are then checked against the full signatures.
/// </summary>
public sealed class LshBanding
{
    /// <summary>Creates a banding of <paramref name="bands"/> × <paramref name="rowsPerBand"/> signature positions.</summary>
    public LshBanding(int bands = 32, int rowsPerBand = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        Bands = bands;
        RowsPerBand = rowsPerBand;
    }

    /// <summary>How many bands.</summary>
    public int Bands { get; }

    /// <summary>How many signature positions per band.</summary>
    public int RowsPerBand { get; }

    /// <summary>The signature length this banding needs.</summary>
    public int SignatureLength => Bands * RowsPerBand;

    /// <summary>
    /// One bucket key per band (index = band number): a 64-bit hash of the band's rows. Equal rows give equal keys;
    /// unequal rows collide with probability about 2⁻⁶⁴, and a collision only adds a candidate that the signature check drops.
    /// </summary>
    public long[] BucketKeys(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != SignatureLength)
        {
            throw new ArgumentException($"Banding needs {SignatureLength} positions, the signature has {signature.Length}.", nameof(signature));
        }

        var values = signature.Values;
        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = 0x84222325CBF29CE4UL;
            foreach (var value in values.Slice(band * RowsPerBand, RowsPerBand))
            {
                hash = (hash ^ value) * 0x9E37_79B9_7F4A_7C15UL;
                hash ^= hash >> 29;
            }

            keys[band] = unchecked((long)hash);
        }

        return keys;
    }
}