namespace Sitrep.Exports;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    /// <summary>CSV with ACLED-style columns.</summary>
    Csv,

    /// <summary>JSON Lines, one PLOVER-style record per event.</summary>
    JsonLines,

    /// <summary>A GeoJSON FeatureCollection of points.</summary>
    GeoJson,
}