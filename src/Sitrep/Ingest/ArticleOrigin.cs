namespace Sitrep.Ingest;

/// <summary>Where an article came from, so that a user can go back to the input.</summary>
/// <param name="Path">The local file it was read from, if any.</param>
/// <param name="Url">The URL it was fetched from, if any.</param>
/// <param name="Feed">The RSS/Atom feed (path or URL) that listed it, if any.</param>
/// <param name="Line">The 1-based line (JSON Lines) or record (CSV) inside a bulk file, if any.</param>
public sealed record ArticleOrigin(string? Path = null, string? Url = null, string? Feed = null, int? Line = null)
{
    /// <summary>A short human-readable form: the path or URL with the line when there is one.</summary>
    public override string ToString()
    {
        var where = Path ?? Url ?? Feed ?? "?";
        return Line is int line ? $"{where}:{line}" : where;
    }
}