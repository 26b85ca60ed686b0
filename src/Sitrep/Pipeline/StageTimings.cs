namespace Sitrep.Pipeline;

/// <summary>Time spent in each stage, safe to add to from several threads.</summary>
public sealed class StageTimings
{
    private readonly long[] ticks;

    /// <summary>Creates a zeroed timing table for <paramref name="stageNames"/>.</summary>
    public StageTimings(IReadOnlyList<string> stageNames)
    {
        ArgumentNullException.ThrowIfNull(stageNames);
        StageNames = stageNames;
        ticks = new long[stageNames.Count];
    }

    /// <summary>The stage names, by position.</summary>
    public IReadOnlyList<string> StageNames { get; }

    /// <summary>Adds <paramref name="elapsed"/> to stage <paramref name="index"/>.</summary>
    public void Add(int index, TimeSpan elapsed) => Interlocked.Add(ref ticks[index], elapsed.Ticks);

    /// <summary>Total time per stage name.</summary>
    public IReadOnlyDictionary<string, TimeSpan> ToDictionary()
    {
        var result = new Dictionary<string, TimeSpan>(StageNames.Count);
        for (var i = 0; i < StageNames.Count; i++)
        {
            result[StageNames[i]] = TimeSpan.FromTicks(Interlocked.Read(ref ticks[i]));
        }

        return result;
    }
}