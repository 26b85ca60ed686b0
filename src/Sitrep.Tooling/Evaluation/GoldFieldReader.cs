using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads the value fields of a gold event (kind, type, mode, date, place, fatalities) and reports each problem as a
/// <see cref="Diagnostic"/> located at <c>event 'id' field 'name'</c>.
/// </summary>
internal sealed class GoldFieldReader(string goldPath, List<Diagnostic> diagnostics)
{
    private const string DateFormat = "yyyy-MM-dd";

    public string? ReadKind(JsonElement element, string label)
    {
        var kind = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (kind is GoldEvent.IncidentKind or GoldEvent.AggregateKind)
        {
            return kind;
        }

        Error(label, "kind", $"expected \"{GoldEvent.IncidentKind}\" or \"{GoldEvent.AggregateKind}\"");
        return null;
    }

    public List<string> ReadTypes(JsonElement element, string label)
    {
        var types = ReadStrings(element, label, "type", allowNull: false);
        if (types.Count == 0 && element.ValueKind is JsonValueKind.String or JsonValueKind.Array)
        {
            Error(label, "type", "expected a PLOVER type or a list of them");
        }

        var result = new List<string>(types.Count);
        foreach (var type in types)
        {
            var upper = type.Trim().ToUpperInvariant();
            if (PloverOntology.Types.Contains(upper))
            {
                result.Add(upper);
            }
            else
            {
                Error(label, "type", $"'{type}' is not a PLOVER type (expected one of {string.Join(' ', PloverOntology.Types.Order(StringComparer.Ordinal))})");
            }
        }

        return result;
    }

    public List<string> ReadModes(JsonElement element, string label)
    {
        var modes = new List<string>();
        foreach (var mode in ReadStrings(element, label, "mode", allowNull: true))
        {
            var lower = mode.Trim().ToLowerInvariant();
            modes.Add(lower);
            if (!PloverOntology.Modes.Contains(lower))
            {
                diagnostics.Add(new Diagnostic(goldPath, Location(label, "mode"), $"'{mode}' is not a PLOVER mode listed in ARCHITECTURE.md", DiagnosticSeverity.Warning));
            }
        }

        return modes;
    }

    public List<string> ReadStrings(JsonElement element, string label, string field, bool allowNull)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null when allowNull:
                return [];
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(element.GetString()):
                return [element.GetString()!];
            case JsonValueKind.Array:
                var values = new List<string>();
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        values.Add(item.GetString()!);
                    }
                    else
                    {
                        Error(label, string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), "expected a non-empty string");
                    }

                    i++;
                }

                return values;
            default:
                Error(label, field, allowNull ? "expected a string, a list of strings or null" : "expected a string or a list of strings");
                return [];
        }
    }

    public EvalDate? ReadDate(JsonElement element, string label)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(label, "date", "expected { \"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\" } or null");
            return null;
        }

        DateOnly? start = element.TryGetProperty("start", out var s) ? ParseDate(s, EventLabel(label), "date.start") : Missing(label, "date.start");
        DateOnly? end = element.TryGetProperty("end", out var e) ? ParseDate(e, EventLabel(label), "date.end") : Missing(label, "date.end");
        if (start is not DateOnly first || end is not DateOnly last)
        {
            return null;
        }

        if (last < first)
        {
            Error(label, "date.end", "the interval ends before it starts");
            return null;
        }

        return new EvalDate(first, last);
    }

    private DateOnly? Missing(string label, string field)
    {
        Error(label, field, "missing: expected YYYY-MM-DD");
        return null;
    }

    public DateOnly? ParseDate(JsonElement element, string location, string field)
    {
        if (element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(new Diagnostic(goldPath, $"{location} field '{field}'", "expected YYYY-MM-DD"));
        return null;
    }

    public EvalPlace? ReadPlace(JsonElement element, string label)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(label, "place", "expected { \"country\", \"admin1\", \"name\" } or null");
            return null;
        }

        var country = PlacePart(element, label, "country");
        if (country is not null && (country.Length != 2 || !char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1])))
        {
            Error(label, "place.country", $"'{country}' is not an ISO 3166-1 alpha-2 code");
        }

        return new EvalPlace(country?.ToUpperInvariant(), PlacePart(element, label, "admin1"), PlacePart(element, label, "name"));
    }

    // A missing part reads as null: EVALUATION.md's null rule then applies, which is what a coder who left it out meant.
    private string? PlacePart(JsonElement place, string label, string part)
    {
        if (!place.TryGetProperty(part, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }

        Error(label, "place." + part, "expected a non-empty string or null");
        return null;
    }

    public EvalCount? ReadFatalities(JsonElement element, string label)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        int? min = element.ValueKind == JsonValueKind.Object ? Count(element, label, "min") : null;
        int? max = element.ValueKind == JsonValueKind.Object ? Count(element, label, "max") : null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(label, "fatalities", "expected { \"min\": n, \"max\": n } or null");
        }
        else if (min is int low && max is int high)
        {
            if (high >= low)
            {
                return new EvalCount(low, high);
            }

            Error(label, "fatalities.max", "expected max ≥ min");
        }

        return null;
    }

    private int? Count(JsonElement element, string label, string part)
    {
        if (element.TryGetProperty(part, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var count) && count >= 0)
        {
            return count;
        }

        Error(label, "fatalities." + part, "expected a whole number ≥ 0");
        return null;
    }

    private static string EventLabel(string label) => "event " + label;

    private static string Location(string label, string? field) =>
        field is null ? EventLabel(label) : $"{EventLabel(label)} field '{field}'";

    public void Error(string label, string? field, string message) =>
        diagnostics.Add(new Diagnostic(goldPath, Location(label, field), message));
}