namespace Sitrep.Actors;

/// <summary>
/// One actor of the dictionary: canonical name, other names in any language, default country and sector, and the
/// dated roles that override the default (a president is coded by who held office on the event's date).
/// </summary>
public sealed record ActorEntry
{
    /// <summary>Creates an entry; the id and name must not be blank.</summary>
    public ActorEntry(string id, string name, IReadOnlyList<string> aliases, string? country, ActorSector sector, IReadOnlyList<ActorRole> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(roles);
        Id = id;
        Name = name;
        Aliases = aliases;
        Country = country;
        Sector = sector;
        Roles = roles;
    }

    /// <summary>Stable id ("PHX:NICOLAS_MADURO", "SUP:cdf", "UCDP:743").</summary>
    public string Id { get; }

    /// <summary>Canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Default ISO alpha-2 country, or null.</summary>
    public string? Country { get; }

    /// <summary>Default sector, used when no dated role covers the date.</summary>
    public ActorSector Sector { get; }

    /// <summary>Dated roles, in dictionary order.</summary>
    public IReadOnlyList<ActorRole> Roles { get; }

    /// <summary>
    /// The role on <paramref name="date"/>: the first dated role covering it, else the default. Without a date, the
    /// current role (open-ended, latest start) stands in, as an undated report is taken to be recent.
    /// </summary>
    public ActorRole RoleOn(DateOnly? date)
    {
        if (date is DateOnly day)
        {
            foreach (var role in Roles)
            {
                if (role.Covers(day))
                {
                    return role;
                }
            }
        }
        else
        {
            ActorRole? current = null;
            foreach (var role in Roles)
            {
                if (role.To is null && (current is null || (role.From ?? DateOnly.MinValue) > (current.Value.From ?? DateOnly.MinValue)))
                {
                    current = role;
                }
            }

            if (current is ActorRole open)
            {
                return open;
            }
        }

        return new ActorRole(Country, Sector, null, null);
    }

    /// <summary>Whether some dated role covers <paramref name="date"/>.</summary>
    public bool HasRoleOn(DateOnly date)
    {
        foreach (var role in Roles)
        {
            if (role.Covers(date))
            {
                return true;
            }
        }

        return false;
    }
}