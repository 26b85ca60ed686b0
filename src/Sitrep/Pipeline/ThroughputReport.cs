namespace Sitrep.Pipeline;

/// <summary>Whole-pipeline speed on a corpus, as <c>sitrep bench</c> prints it.</summary>
/// <param name="Articles">Articles analysed per repeat.</param>
/// <param name="Tokens">Tokens per repeat (0 when no tokenizer stage exists).</param>
/// <param name="Repeat">How many times the corpus was analysed (after one warm-up pass).</param>
/// <param name="Threads">Analysis threads.</param>
/// <param name="Elapsed">Wall-clock time of the measured repeats.</param>
/// <param name="PeakMemoryMb">The process's peak resident memory.</param>
/// <param name="Stages">Time per stage summed over threads and repeats.</param>
public sealed record ThroughputReport(
    int Articles, long Tokens, int Repeat, int Threads, TimeSpan Elapsed, double PeakMemoryMb, IReadOnlyDictionary<string, TimeSpan> Stages)
{
    /// <summary>Articles per second of wall-clock time.</summary>
    public double ArticlesPerSecond => Articles * (double)Repeat / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Tokens per second of wall-clock time.</summary>
    public double TokensPerSecond => Tokens * (double)Repeat / Math.Max(Elapsed.TotalSeconds, 1e-9);
}