namespace Sitrep.Storage;

/// <summary>A filter over stored articles; every set criterion must hold.</summary>
/// <param name="Search">Full-text query over title and body (accents and case ignored).</param>
/// <param name="Since">Only articles published on or after this date.</param>
/// <param name="Outlet">Only articles from this outlet (case-insensitive).</param>
/// <param name="Limit">At most this many articles.</param>
public sealed record ArticleQuery(string? Search = null, DateOnly? Since = null, string? Outlet = null, int Limit = 50);