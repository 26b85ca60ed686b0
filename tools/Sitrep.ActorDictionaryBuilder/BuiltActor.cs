using Sitrep.Actors;

namespace Sitrep.ActorDictionaryBuilder;

/// <summary>An actor on its way into the dictionary file.</summary>
internal sealed class BuiltActor(string id, string name, string? country, ActorSector sector)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string? Country { get; set; } = country;

    public ActorSector Sector { get; set; } = sector;

    public List<string> Aliases { get; } = [];

    public List<ActorRole> Roles { get; } = [];

    public void AddAlias(string alias)
    {
        var trimmed = alias.Trim();
        if (trimmed.Length > 0 && trimmed != Name && !Aliases.Contains(trimmed, StringComparer.Ordinal))
        {
            Aliases.Add(trimmed);
        }
    }
}