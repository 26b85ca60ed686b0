namespace Sitrep.Exports;

/// <summary>The command-line names, file extensions and media types of <see cref="ExportFormat"/>.</summary>
public static class ExportFormatNames
{
    /// <summary>"csv", "jsonl" or "geojson".</summary>
    public static string NameOf(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.JsonLines => "jsonl",
        ExportFormat.GeoJson => "geojson",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>Parses "csv", "jsonl" or "geojson" (case ignored).</summary>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        foreach (var candidate in Enum.GetValues<ExportFormat>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The media type: text/csv (RFC 4180), application/jsonl, application/geo+json (RFC 7946).</summary>
    public static string MediaTypeOf(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.JsonLines => "application/jsonl; charset=utf-8",
        ExportFormat.GeoJson => "application/geo+json; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}