using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads the JSON of gold.json into <see cref="GoldCorpus"/>, checking every field against EVALUATION.md and
/// reporting each problem as a <see cref="Diagnostic"/> located at <c>event 'id' field 'name'</c>.
/// </summary>
internal sealed class GoldEventReader(string goldPath, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> articleFiles)
{
    private readonly GoldFieldReader fields = new(goldPath, diagnostics);

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
                    published = fields.ParseDate(date, location, "published");
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

        var kind = Required(element, label, "kind") is JsonElement kindElement ? fields.ReadKind(kindElement, label) : null;
        var types = Required(element, label, "type") is JsonElement typeElement ? fields.ReadTypes(typeElement, label) : [];
        var modes = element.TryGetProperty("mode", out var modeElement) ? fields.ReadModes(modeElement, label) : [];
        EvalDate? date = Required(element, label, "date") is JsonElement dateElement ? fields.ReadDate(dateElement, label) : null;
        var place = Required(element, label, "place") is JsonElement placeElement ? fields.ReadPlace(placeElement, label) : null;
        var actors = Required(element, label, "actors") is JsonElement actorsElement ? ReadParticipants(actorsElement, label, "actors") : [];
        var recipients = Required(element, label, "recipients") is JsonElement recipientsElement ? ReadParticipants(recipientsElement, label, "recipients") : [];
        EvalCount? fatalities = Required(element, label, "fatalities") is JsonElement fatalitiesElement ? fields.ReadFatalities(fatalitiesElement, label) : null;
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
            var names = fields.ReadStrings(item, label, string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), allowNull: false);
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

            var evidence = item.TryGetProperty("evidence", out var e) ? fields.ReadStrings(e, label, field + ".evidence", allowNull: false) : [];
            if (evidence.Count == 0)
            {
                Error(label, field + ".evidence", "expected one or more evidence strings");
                continue;
            }

            mentions.Add(new GoldMention(article, evidence));
        }

        return mentions;
    }

    private void Error(string label, string? field, string message) => fields.Error(label, field, message);
}