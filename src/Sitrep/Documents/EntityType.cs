namespace Sitrep.Documents;

/// <summary>Named-entity types, after OntoNotes 5: the five that matter for events.</summary>
public enum EntityType : byte
{
    /// <summary>People, real or fictional: "Francis Donovan".</summary>
    Person,

    /// <summary>Organisations: companies, agencies, armed groups, institutions ("SOUTHCOM", "Comandos de la Frontera").</summary>
    Org,

    /// <summary>Geo-political entities: countries, cities, states, provinces ("Ecuador", "Quito", "Sucumbios").</summary>
    Gpe,

    /// <summary>Other locations: seas, rivers, forests, mountain ranges, regions ("Pacific Ocean", "Latin America").</summary>
    Loc,

    /// <summary>Nationalities, religious and political groups, demonyms ("Ecuadorian", "American").</summary>
    Norp,
}