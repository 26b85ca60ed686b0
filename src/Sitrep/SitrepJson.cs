using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep;

/// <summary>The one JSON style of everything Sitrep prints: indented UTF-8, with accented names kept readable.</summary>
public static class SitrepJson
{
    /// <summary>Writer options for every JSON document Sitrep writes.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}