namespace Sitrep.Ingest;

/// <summary>One item of an RSS or Atom feed.</summary>
/// <param name="Title">The item's title, if any.</param>
/// <param name="Link">The item's web page, if any.</param>
/// <param name="Guid">The item's guid or Atom id, if any.</param>
/// <param name="Published">pubDate / published / updated / dc:date.</param>
/// <param name="Text">The item's content as plain text (HTML stripped), possibly a short summary or empty.</param>
internal sealed record FeedItem(string? Title, string? Link, string? Guid, DateOnly? Published, string Text);