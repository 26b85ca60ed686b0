using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads the JSON of gold.json into <see cref="GoldCorpus"/>, checking every field against EVALUATION.md and
/// reporting each problem as a <see cref="Diagnostic"/> located at <c>event 'id' field 'name'</c>.
/// </summary>
internal sealed class GoldEventReader(string goldPath, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> articleFiles)
{
    private const string DateFormat = "yyyy-MM-dd";

    public GoldCorpus? ReadCorpus(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new Diagnostic(goldPath, null, "expected a JSON object with 'events'"));
            return null;
        }

        var articles = ReadArticles(root);
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new Diagnostic(goldPath, "field 'events'", "expected a list of events"));
            return null;
        }

        var read = new List<GoldEvent>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in events.EnumerateArray())
        {
            if (ReadEvent(element, index, ids) is GoldEvent gold)
            {
                read.Add(gold);
            }

            index++;
        }

        var about = root.TryGetProperty("about", out var aboutElement) && aboutElement.ValueKind == JsonValueKind.String
            ? aboutElement.GetString()
            : null;
        return new GoldCorpus(name, articles, read) { GoldPath = goldPath, About = about };
    }

    private Dictionary<string, GoldArticle> ReadArticles(JsonElement root)
    {
        var articles = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        foreach (var (id, path) in articleFiles)
        {
            articles[id] = new GoldArticle(id, path, null, null);
        }

        if (!root.TryGetProperty("articles", out var listed) || listed.ValueKind == JsonValueKind.Null)
        {
            return articles;
        }

        if (listed.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new Diagnostic(goldPath, "field 'articles'", "expected an object of article id → { published, outlet }"));
            return articles;
        }

        foreach (var property in listed.EnumerateObject())
        {
            var location = $"article '{property.Name}'";
            DateOnly? published = null;
            string? outlet = null;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                if (property.Value.TryGetProperty("published", out var date) && date.ValueKind != JsonValueKind.Null)
                {
                    published = ParseDate(date, location, "published");
                }

                if (property.Value.TryGetProperty("outlet", out var outletElement) && outletElement.ValueKind == JsonValueKind.String)
                {
                    outlet = outletElement.GetString();
                }
            }

            var path = articleFiles.TryGetValue(property.Name, out var file) ? file : null;
            if (path is null)
            {
                diagnostics.Add(new Diagnostic(goldPath, location, "listed in gold.json but has no file under articles/", DiagnosticSeverity.Warning));
            }

            articles[property.Name] = new GoldArticle(property.Name, path, published, outlet);
        }

        return articles;
    }

    private GoldEvent? ReadEvent(JsonElement element, int index, HashSet<string> ids)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"#{index}");
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(label, null, "expected an object");
            return null;
        }

        var errorsBefore = diagnostics.Count;
        string? id = null;
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(idElement.GetString()))
        {
            id = idElement.GetString()!;
            label = $"'{id}'";
            if (!ids.Add(id))
            {
                Error(label, "id", "duplicate id");
            }
        }
        else
        {
            Error(label, "id", "expected a non-empty string");
        }

        var kind = Required(element, label, "kind") is JsonElement kindElement ? ReadKind(kindElement, label) : null;
        var types = Required(element, label, "type") is JsonElement typeElement ? ReadTypes(typeElement, label) : [];
        var modes = element.TryGetProperty("mode", out var modeElement) ? ReadModes(modeElement, label) : [];
        EvalDate? date = Required(element, label, "date") is JsonElement dateElement ? ReadDate(dateElement, label) : null;
        var place = Required(element, label, "place") is JsonElement placeElement ? ReadPlace(placeElement, label) : null;
        var actors = Required(element, label, "actors") is JsonElement actorsElement ? ReadParticipants(actorsElement, label, "actors") : [];
        var recipients = Required(element, label, "recipients") is JsonElement recipientsElement ? ReadParticipants(recipientsElement, label, "recipients") : [];
        EvalCount? fatalities = Required(element, label, "fatalities") is JsonElement fatalitiesElement ? ReadFatalities(fatalitiesElement, label) : null;
        var mentions = Required(element, label, "mentions") is JsonElement mentionsElement ? ReadMentions(mentionsElement, label) : [];

        var clean = !diagnostics.Skip(errorsBefore).Any(d => d.Severity == DiagnosticSeverity.Error);
        return clean && id is not null && kind is not null
            ? new GoldEvent(id, kind, types, modes, date, place, actors, recipients, fatalities, mentions)
            : null;
    }

    private JsonElement? Required(JsonElement element, string label, string field)
    {
        if (element.TryGetProperty(field, out var value))
        {
            return value;
        }

        Error(label, field, "missing (write null where the text gives no clue)");
        return null;
    }

    private string? ReadKind(JsonElement element, string label)
    {
        var kind = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (kind is GoldEvent.IncidentKind or GoldEvent.AggregateKind)
        {
            return kind;
        }

        Error(label, "kind", $"expected \"{GoldEvent.IncidentKind}\" or \"{GoldEvent.AggregateKind}\"");
        return null;
    }

    private List<string> ReadTypes(JsonElement element, string label)
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

    private List<string> ReadModes(JsonElement element, string label)
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

    private List<string> ReadStrings(JsonElement element, string label, string field, bool allowNull)
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

    private EvalDate? ReadDate(JsonElement element, string label)
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

    private DateOnly? ParseDate(JsonElement element, string location, string field)
    {
        if (element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(new Diagnostic(goldPath, $"{location} field '{field}'", "expected YYYY-MM-DD"));
        return null;
    }

    private EvalPlace? ReadPlace(JsonElement element, string label)
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

    private List<GoldParticipant> ReadParticipants(JsonElement element, string label, string field)
    {
        var participants = new List<GoldParticipant>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            Error(label, field, "expected a list of participants, each a list of acceptable names");
            return participants;
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var names = ReadStrings(item, label, string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), allowNull: false);
            if (names.Count > 0)
            {
                participants.Add(new GoldParticipant(names));
            }
            else if (item.ValueKind == JsonValueKind.Array)
            {
                Error(label, string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), "expected at least one name");
            }

            i++;
        }

        return participants;
    }

    private EvalCount? ReadFatalities(JsonElement element, string label)
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

    private List<GoldMention> ReadMentions(JsonElement element, string label)
    {
        var mentions = new List<GoldMention>();
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            Error(label, "mentions", "expected a non-empty list of { \"article\", \"evidence\" }");
            return mentions;
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"mentions[{i++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(label, field, "expected { \"article\", \"evidence\" }");
                continue;
            }

            var article = item.TryGetProperty("article", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            if (string.IsNullOrWhiteSpace(article))
            {
                Error(label, field + ".article", "expected an article id");
                continue;
            }

            if (!articleFiles.ContainsKey(article))
            {
                Error(label, field + ".article", $"no file for article '{article}' under articles/");
            }

            var evidence = item.TryGetProperty("evidence", out var e) ? ReadStrings(e, label, field + ".evidence", allowNull: false) : [];
            if (evidence.Count == 0)
            {
                Error(label, field + ".evidence", "expected one or more evidence strings");
                continue;
            }

            mentions.Add(new GoldMention(article, evidence));
        }

        return mentions;
    }

    private static string EventLabel(string label) => "event " + label;

    private static string Location(string label, string? field) =>
        field is null ? EventLabel(label) : $"{EventLabel(label)} field '{field}'";

    private void Error(string label, string? field, string message) =>
        diagnostics.Add(new Diagnostic(goldPath, Location(label, field), message));
}
