namespace Sitrep.Storage;

/// <summary>The names of <see cref="EventSort"/> the CLI (<c>--sort</c>) and the API (<c>sort=</c>) both accept.</summary>
public static class EventSortNames
{
    /// <summary>Every name with its order, in the order help lists them.</summary>
    public static IReadOnlyList<(string Name, EventSort Sort)> All { get; } =
    [
        ("date_desc", EventSort.DateDescending),
        ("date_asc", EventSort.DateAscending),
        ("sources", EventSort.SourcesDescending),
        ("fatalities", EventSort.FatalitiesDescending),
    ];

    /// <summary>"date_desc", "date_asc", "sources" or "fatalities".</summary>
    public static string NameOf(EventSort sort) => All.First(p => p.Sort == sort).Name;

    /// <summary>Parses a sort name (case and surrounding spaces ignored).</summary>
    public static bool TryParse(string? name, out EventSort sort)
    {
        foreach (var (candidate, value) in All)
        {
            if (string.Equals(candidate, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                sort = value;
                return true;
            }
        }

        sort = default;
        return false;
    }
}