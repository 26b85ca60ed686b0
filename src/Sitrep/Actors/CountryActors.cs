namespace Sitrep.Actors;

/// <summary>
/// A country as the dictionary knows it: ISO alpha-2 code, common English name ("United States", "Ecuador"),
/// demonyms ("Ecuadorian", "Ecuadorean") and every phrase that names it (PETRARCH country block: names,
/// abbreviations, capitals).
/// </summary>
/// <param name="Code">ISO 3166-1 alpha-2.</param>
/// <param name="Name">Common English name.</param>
/// <param name="Demonyms">Adjectives of the country, preferred first.</param>
/// <param name="Names">Other phrases naming the country.</param>
public sealed record CountryActors(string Code, string Name, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Names)
{
    /// <summary>The canonical name of the country's actor in a sector: "Ecuador military", "Ecuador police".</summary>
    public string NameOf(ActorSector sector) => sector switch
    {
        ActorSector.Military => Name + " military",
        ActorSector.Police => Name + " police",
        ActorSector.Government => Name + " government",
        _ => Name,
    };

    /// <summary>
    /// Aliases of the country's actor in a sector, after coders' usage: the country itself, "U.S. military",
    /// "Ecuadorian armed forces", "Ecuadorian forces", "Thai government", "Thai authorities", "Government of Ecuador".
    /// </summary>
    public IReadOnlyList<string> AliasesOf(ActorSector sector)
    {
        var aliases = new List<string> { Name };
        string[] heads = sector switch
        {
            ActorSector.Military => ["military", "armed forces", "forces", "army", "security forces", "troops"],
            ActorSector.Police => ["police", "authorities", "security forces", "law enforcement"],
            ActorSector.Government => ["government", "authorities", "administration"],
            _ => [],
        };
        var prefixes = new List<string>(Demonyms.Take(2)) { Name };
        prefixes.AddRange(Names.Where(n => n.Length <= 4 && n.Any(char.IsUpper) && n.All(c => char.IsUpper(c) || c == '.')));
        foreach (var prefix in prefixes.Distinct(StringComparer.Ordinal))
        {
            foreach (var head in heads)
            {
                aliases.Add(prefix + " " + head);
            }
        }

        if (sector == ActorSector.Government)
        {
            aliases.Add("Government of " + Name);
        }

        return aliases;
    }
}