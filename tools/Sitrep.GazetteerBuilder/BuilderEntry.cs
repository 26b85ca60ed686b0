namespace Sitrep.GazetteerBuilder;

/// <summary>One row of the gazetteer while it is being built (mutable here, immutable once loaded by Sitrep).</summary>
internal sealed class BuilderEntry
{
    public required char Kind { get; init; }

    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? Country { get; set; }

    public string? Admin1Code { get; set; }

    public string? Admin2 { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string FeatureClass { get; set; } = "";

    public string FeatureCode { get; set; } = "";

    public long? GeoNamesId { get; set; }

    public long Population { get; set; }

    public int Precision { get; set; }

    public SortedSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> DemonymKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the folded key of <paramref name="name"/> when it is usable: Latin script, at least 3 characters.</summary>
    public void AddName(string? name)
    {
        if (NameFilter.IsUsable(name))
        {
            Keys.Add(Sitrep.Geo.ToponymFolding.Key(name));
        }
    }
}