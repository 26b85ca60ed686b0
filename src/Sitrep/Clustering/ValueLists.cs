namespace Sitrep.Clustering;

/// <summary>
/// Element-wise equality and hashing of the lists inside the event records: a record's generated equality compares
/// lists by reference, so without this two fusions of the same mentions would never be equal.
/// </summary>
internal static class ValueLists
{
    public static bool Equal<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => ReferenceEquals(a, b) || a.SequenceEqual(b);

    public static int Hash<T>(IReadOnlyList<T> list)
    {
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}