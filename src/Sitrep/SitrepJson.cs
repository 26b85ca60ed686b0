using System.Globalization;
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

    /// <summary>A calendar day as every JSON output writes it: ISO 8601's extended date, <c>2024-03-05</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes the property <paramref name="name"/> as an <see cref="IsoDate"/>, or as null when there is no date.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (date is DateOnly day)
        {
            writer.WriteString(name, IsoDate(day));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}