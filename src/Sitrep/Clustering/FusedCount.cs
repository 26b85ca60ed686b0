using Sitrep.Quantities;

namespace Sitrep.Clustering;

/// <summary>
/// A fused count (fatalities, injuries, arrests) under ACLED's rule: <see cref="FusedValue{T}.Value"/> is the most
/// conservative well-sourced figure; <see cref="Reported"/> keeps the whole range the sources give.
/// </summary>
/// <param name="Fused">The value with its supporting and disagreeing mentions.</param>
/// <param name="Reported">From the lowest minimum to the highest maximum any source gives; null when none gives a figure.</param>
public sealed record FusedCount(FusedValue<CountRange?> Fused, CountRange? Reported);