namespace Sitrep.Events;

/// <summary>Whether a mention reports one occurrence or a campaign summary (EVALUATION.md, <c>kind</c>).</summary>
public enum EventKind : byte
{
    /// <summary>One occurrence that can be dated and placed.</summary>
    Incident,

    /// <summary>A summary of many ("dozens of airstrikes since September").</summary>
    Aggregate,
}