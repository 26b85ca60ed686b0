using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>Opens the event store that lives in the same SQLite file as the articles.</summary>
internal static class EventStoreOpener
{
    public static Task<IEventStore> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The SQLite event store has not landed yet.");
}
