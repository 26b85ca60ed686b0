namespace Sitrep.Evaluation;

/// <summary>A gold corpus as loaded by <see cref="GoldCorpusLoader"/>: its articles and the events a careful coder extracted.</summary>
/// <param name="Name">The corpus folder's name ("dev").</param>
/// <param name="Articles">Every article: the files under <c>articles/</c> plus any gold.json lists, by id.</param>
/// <param name="Events">The gold events in file order.</param>
public sealed record GoldCorpus(string Name, IReadOnlyDictionary<string, GoldArticle> Articles, IReadOnlyList<GoldEvent> Events)
{
    /// <summary>The path of gold.json, named in diagnostics about it.</summary>
    public string GoldPath { get; init; } = "gold.json";

    /// <summary>The <c>about</c> text of gold.json (source, licence, conventions), or null.</summary>
    public string? About { get; init; }
}