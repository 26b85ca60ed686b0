using System.Text;

namespace Sitrep.Events;

/// <summary>
/// The deterministic train/test split of the PLOVER gold records: a record is held out when the FNV-1a hash of its id
/// falls in one fifth of the range, so the split never depends on the order of the file or on a random seed.
/// </summary>
public static class PloverGoldSplit
{
    /// <summary>One record in this many is held out.</summary>
    public const int Folds = 5;

    /// <summary>True when the record with <paramref name="id"/> is in the held-out (test) part.</summary>
    public static bool IsHeldOut(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % Folds == 0;
    }
}