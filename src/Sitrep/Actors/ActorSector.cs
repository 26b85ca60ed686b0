namespace Sitrep.Actors;

/// <summary>The sector of an actor (ARCHITECTURE.md, "Ontology").</summary>
public enum ActorSector : byte
{
    /// <summary>Not known or not applicable.</summary>
    Unknown,

    /// <summary>Armed forces, commands, defence ministries.</summary>
    Military,

    /// <summary>Heads of state, governments, ministries, officials.</summary>
    Government,

    /// <summary>Police and other law enforcement.</summary>
    Police,

    /// <summary>Rebels, insurgents, armed opposition, militant groups.</summary>
    Rebel,

    /// <summary>Cartels, gangs, traffickers and other criminal groups.</summary>
    Criminal,

    /// <summary>Civilians, civil society, media, business.</summary>
    Civilian,

    /// <summary>International organisations and their officials.</summary>
    International,
}