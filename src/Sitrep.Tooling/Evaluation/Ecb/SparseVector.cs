namespace Sitrep.Evaluation.Ecb;

/// <summary>A sparse vector: term indexes in ascending order and their weights.</summary>
internal readonly record struct SparseVector(int[] Indexes, double[] Weights)
{
    /// <summary>The dot product, by merging the two index lists.</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Indexes.Length && j < other.Indexes.Length)
        {
            var a = Indexes[i];
            var b = other.Indexes[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}