namespace Sitrep.Geo;

/// <summary>
/// A resolved location: where an event happened, as precisely as the text allows.
/// </summary>
/// <remarks>
/// <see cref="Precision"/> follows UCDP's where_prec idea on a five-step scale: 1 a populated place or point
/// feature, 2 a small area (protected area, bay, island), 3 a first-level division, 4 a part of a country or a
/// border region or a gulf, 5 a whole country, a sea or ocean, or a region spanning countries.
/// Every value is checked where it is set, so a copy made with <c>with</c> ("coast of Ecuador", precision 4) is held
/// to the same rules as one made by the constructor.
/// </remarks>
public sealed record Place
{
    private readonly string name = "";
    private readonly string? country;
    private readonly double latitude;
    private readonly double longitude;
    private readonly string featureClass = "";
    private readonly int precision;

    /// <summary>Creates a place; the name, country code, coordinates and precision are checked.</summary>
    public Place(
        string name, string? country, string? admin1, string? admin2, double latitude, double longitude,
        string featureClass, long? geoNamesId, int precision)
    {
        Name = name;
        Country = country;
        Admin1 = admin1;
        Admin2 = admin2;
        Latitude = latitude;
        Longitude = longitude;
        FeatureClass = featureClass;
        GeoNamesId = geoNamesId;
        Precision = precision;
    }

    /// <summary>The gazetteer's name ("Sucumbíos", "eastern Pacific").</summary>
    public string Name
    {
        get => name;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Name));
            name = value;
        }
    }

    /// <summary>ISO 3166-1 alpha-2 code; null for seas, oceans and regions spanning countries.</summary>
    public string? Country
    {
        get => country;
        init
        {
            if (value is not null && value.Length != 2)
            {
                throw new ArgumentException("Country must be an ISO 3166-1 alpha-2 code.", nameof(Country));
            }

            country = value;
        }
    }

    /// <summary>The first-level division's GeoNames name ("Pichincha"), or null.</summary>
    public string? Admin1 { get; init; }

    /// <summary>The second-level division's name, where the sources give one.</summary>
    public string? Admin2 { get; init; }

    /// <summary>WGS 84 latitude of a label point (a division's seat, a sea's centroid).</summary>
    public double Latitude
    {
        get => latitude;
        init
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(value), 90.0, nameof(Latitude));
            latitude = value;
        }
    }

    /// <summary>WGS 84 longitude of a label point.</summary>
    public double Longitude
    {
        get => longitude;
        init
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(value), 180.0, nameof(Longitude));
            longitude = value;
        }
    }

    /// <summary>GeoNames feature class: A country or division, P populated place, H water, L area or region, T island or cape.</summary>
    public string FeatureClass
    {
        get => featureClass;
        init => featureClass = value ?? "";
    }

    /// <summary>The GeoNames id, where the place comes from GeoNames.</summary>
    public long? GeoNamesId { get; init; }

    /// <summary>1 (exact place) … 5 (country or sea); see the type's remarks.</summary>
    public int Precision
    {
        get => precision;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Precision));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5, nameof(Precision));
            precision = value;
        }
    }
}