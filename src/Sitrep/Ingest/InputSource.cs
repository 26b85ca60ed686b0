namespace Sitrep.Ingest;

/// <summary>What one readable input is: the name used in diagnostics, the article id it implies and its origin.</summary>
/// <param name="Input">The path or URL as given, for diagnostics.</param>
/// <param name="Id">The article id for a single-article input (file stem, or an id derived from the URL).</param>
/// <param name="Origin">Where articles read from it came from.</param>
internal sealed record InputSource(string Input, string Id, ArticleOrigin Origin)
{
    public ReadFailed Fail(string message, string? location = null) => new(new Diagnostic(Input, location, message));
}