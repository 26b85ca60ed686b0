namespace Sitrep.Clustering;

/// <summary>
/// Reads and the write of one clustering step inside one write transaction (<see cref="ITransactionalEventSink"/>):
/// what is read here is what the write applies to, whatever other processes write to the same store.
/// </summary>
public interface IEventWriteTransaction : IEventCandidateSource, IEventSink;