namespace Sitrep.Clustering;

/// <summary>
/// A sink whose writes can enclose the reads they depend on: the port clustering uses so that two writers on one
/// store cannot split an event between them (issue 23). A store implements it (SQLite: BEGIN IMMEDIATE).
/// </summary>
public interface ITransactionalEventSink : IEventSink
{
    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it: its reads see exactly the state its write
    /// replaces, even with other processes writing the same store.
    /// </summary>
    Task<T> InWriteTransactionAsync<T>(Func<IEventWriteTransaction, Task<T>> work, CancellationToken cancellationToken);
}