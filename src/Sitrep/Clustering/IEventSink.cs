namespace Sitrep.Clustering;

/// <summary>Where clustering writes what one article changed: the port clustering owns and a store implements.</summary>
public interface IEventSink
{
    /// <summary>Writes <paramref name="update"/> in one transaction.</summary>
    Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken);
}