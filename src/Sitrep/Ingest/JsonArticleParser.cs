using System.Globalization;
using System.Text.Json;

namespace Sitrep.Ingest;

/// <summary>
/// Reads JSON Lines (one article object a line) and JSON files (one article object, or an array of them) with the
/// bulk fields of <see cref="BulkRecord"/>. A bad line or element fails alone; the rest are still read.
/// </summary>
internal static class JsonArticleParser
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static IEnumerable<ReadOutcome> ParseLines(string text, InputSource source, IReadOnlyList<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        using var reader = new StringReader(text);
        var lineNumber = 0;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            var location = "line " + lineNumber.ToString(CultureInfo.InvariantCulture);
            yield return ParseElement(line, source, location, lineNumber, null, warnings);
        }

        if (!any)
        {
            yield return source.Fail("empty file");
        }
    }

    public static IEnumerable<ReadOutcome> ParseDocument(string text, InputSource source, IReadOnlyList<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        JsonDocument json;
        warnings = WithSurrogateWarning(ref text, source, null, warnings);
        try
        {
            json = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            return [source.Fail($"not valid JSON: {ex.Message}", ex.LineNumber is long line ? "line " + (line + 1).ToString(CultureInfo.InvariantCulture) : null)];
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                // A single-article file is named by its file name, as corpora lay out articles/<id>.json (EVALUATION.md).
                return [FromObject(root, source, null, null, source.Id, warnings)];
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return [source.Fail("expected a JSON object or an array of objects")];
            }

            var outcomes = new List<ReadOutcome>();
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                index++;
                outcomes.Add(FromObject(item, source, "item " + index.ToString(CultureInfo.InvariantCulture), index, null, warnings));
            }

            return outcomes.Count > 0 ? outcomes : [source.Fail("empty JSON array")];
        }
    }

    private static ReadOutcome ParseElement(string line, InputSource source, string location, int number, string? fallbackId, IReadOnlyList<Diagnostic> warnings)
    {
        warnings = WithSurrogateWarning(ref line, source, location, warnings);
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return FromObject(json.RootElement, source, location, number, fallbackId, warnings);
        }
        catch (JsonException ex)
        {
            return source.Fail($"not JSON ({FirstSentence(ex.Message)})", location);
        }
    }

    private static IReadOnlyList<Diagnostic> WithSurrogateWarning(ref string json, InputSource source, string? location, IReadOnlyList<Diagnostic> warnings)
    {
        json = JsonSurrogates.ReplaceLone(json, out var replaced);
        return replaced == 0 ? warnings
            : [.. warnings, new Diagnostic(source.Input, location, $"{replaced.ToString(CultureInfo.InvariantCulture)} lone UTF-16 surrogate escape(s) (\\uD800-\\uDFFF) read as U+FFFD", DiagnosticSeverity.Warning)];
    }

    private static ReadOutcome FromObject(JsonElement element, InputSource source, string? location, int? number, string? fallbackId, IReadOnlyList<Diagnostic> warnings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return source.Fail("expected a JSON object", location);
        }

        var record = new BulkRecord(
            Field(element, ["id"]),
            Field(element, ["url", "link"]),
            Field(element, BulkRecord.TitleFields),
            Field(element, BulkRecord.OutletFields),
            Field(element, BulkRecord.PublishedFields),
            Field(element, BulkRecord.TextFields));
        return record.ToOutcome(source, location, number, fallbackId, warnings);
    }

    private static string? Field(JsonElement element, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number:
                    return value.GetRawText();
                case JsonValueKind.Object when value.TryGetProperty("name", out var nested) && nested.ValueKind == JsonValueKind.String:
                    return nested.GetString(); // "publisher": { "name": "…" }
            }
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}