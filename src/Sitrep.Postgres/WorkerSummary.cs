namespace Sitrep.Postgres;

/// <summary>What one worker did.</summary>
/// <param name="Articles">Articles analysed and clustered.</param>
/// <param name="Mentions">Event mentions found.</param>
/// <param name="EventsCreated">Events opened.</param>
/// <param name="EventsUpdated">Stored events revised.</param>
/// <param name="EventsRemoved">Events absorbed into others.</param>
/// <param name="Retries">Clustering transactions rolled back and retried (a neighbourhood was busy, or a deadlock was broken).</param>
/// <param name="Candidates">Stored events the blocking index offered, summed over the articles (the size of the neighbourhoods re-clustered).</param>
/// <param name="Skipped">Claimed articles another worker had analysed meanwhile (its lease had passed).</param>
/// <param name="ClusteringTime">Time spent in clustering transactions (locks, reads, writes).</param>
/// <param name="AnalysisTime">Time spent analysing.</param>
public sealed record WorkerSummary(
    int Articles, int Mentions, int EventsCreated, int EventsUpdated, int EventsRemoved, int Retries, int Candidates, int Skipped, TimeSpan ClusteringTime, TimeSpan AnalysisTime)
{
    /// <summary>Articles moved to quarantine because their claims kept expiring (<see cref="WorkerOptions.MaxAttempts"/>).</summary>
    public int Quarantined { get; init; }
}