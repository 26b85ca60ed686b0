namespace Sitrep.Geo;

/// <summary>A run of words that is a gazetteer key, with every entry that key names.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (inclusive).</param>
/// <param name="Entries">Row indexes for <see cref="Gazetteer.Entry(int)"/>.</param>
/// <param name="CommonWord">The key is also a common English word ("Police", "Best") and needs a locative cue.</param>
/// <param name="DirectionPrefix">The match opened with a lower-case direction ("eastern Pacific").</param>
internal sealed record ToponymCandidate(int First, int Last, IReadOnlyList<int> Entries, bool CommonWord, bool DirectionPrefix);