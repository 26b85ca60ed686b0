using Sitrep.Storage;

namespace Sitrep.Pipeline;

/// <summary>What one ingest run did, counted per article.</summary>
public sealed class IngestSummary
{
    private readonly List<Diagnostic> failures = [];
    private readonly List<Diagnostic> warnings = [];

    /// <summary>Articles read from the inputs (stored or not).</summary>
    public int Read { get; private set; }

    /// <summary>Articles stored as new, independent reports.</summary>
    public int New { get; private set; }

    /// <summary>Exact duplicates of stored articles, not stored again.</summary>
    public int Duplicate { get; private set; }

    /// <summary>Near-duplicates stored and linked to an earlier copy.</summary>
    public int Syndicated { get; private set; }

    /// <summary>Inputs or items that could not be read.</summary>
    public int Failed => failures.Count;

    /// <summary>Why each failed input failed.</summary>
    public IReadOnlyList<Diagnostic> Failures => failures;

    /// <summary>Repairs made to inputs that were still read.</summary>
    public IReadOnlyList<Diagnostic> Warnings => warnings;

    internal void CountRead(IReadOnlyList<Diagnostic> repairs)
    {
        Read++;
        warnings.AddRange(repairs);
    }

    internal void CountFailure(Diagnostic diagnostic) => failures.Add(diagnostic);

    internal void CountStored(StoreOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case StoreOutcomeKind.New:
                New++;
                break;
            case StoreOutcomeKind.Duplicate:
                Duplicate++;
                break;
            case StoreOutcomeKind.Syndicated:
                Syndicated++;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Kind, "Unknown store outcome.");
        }
    }
}