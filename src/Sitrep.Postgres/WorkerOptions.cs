namespace Sitrep.Postgres;

/// <summary>How a <see cref="PostgresWorker"/> runs.</summary>
/// <param name="Drain">Exit once every stored article is analysed (waiting out other workers' leases); else poll for new articles.</param>
/// <param name="BatchSize">Articles claimed at a time (analysed in parallel, clustered one by one).</param>
/// <param name="Lease">How long a claim lasts: a worker that crashes holds its articles this long at most.</param>
/// <param name="Threads">Threads for analysis.</param>
/// <param name="PollInterval">How long to wait when nothing is claimable.</param>
public sealed record WorkerOptions(bool Drain, int BatchSize, TimeSpan Lease, int Threads, TimeSpan PollInterval)
{
    /// <summary>The defaults: keep polling, 8 articles a claim, a 5-minute lease, every core, 1 s polls, 3 attempts.</summary>
    public static WorkerOptions Default { get; } = new(false, 8, TimeSpan.FromMinutes(5), Environment.ProcessorCount, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Claims an article may take: one whose lease passed this many times without its analysis committing (its worker
    /// crashed or hung each time: a poison article) is quarantined instead of being claimed again.
    /// </summary>
    public int MaxAttempts { get; init; } = 3;
}