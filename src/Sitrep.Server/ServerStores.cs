using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>The stores the server reads, opened once at start-up and disposed with the application.</summary>
internal sealed class ServerStores(IArticleStore articles, IEventStore events) : IAsyncDisposable
{
    public IArticleStore Articles { get; } = articles;

    public IEventStore Events { get; } = events;

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync().ConfigureAwait(false);
        await Articles.DisposeAsync().ConfigureAwait(false);
    }
}