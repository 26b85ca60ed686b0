namespace Sitrep.Evaluation;

/// <summary>An article of a gold corpus: its id, the file it is read from, and the metadata gold.json gives for it.</summary>
/// <param name="Id">The file name without extension.</param>
/// <param name="Path">The file under <c>articles/</c>, or null when gold.json lists an article that has no file.</param>
/// <param name="Published">The publication date gold.json states, or null.</param>
/// <param name="Outlet">The outlet gold.json states, or null.</param>
public sealed record GoldArticle(string Id, string? Path, DateOnly? Published, string? Outlet);