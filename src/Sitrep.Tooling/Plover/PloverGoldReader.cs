using System.Text.Json;

namespace Sitrep.Events;

/// <summary>
/// Reads the PLOVER gold-standard records (a JSON array; PLOVER_GSR_CAMEO_readme.tex). The file is coded in PLOVER
/// 0.5, whose labels the PLOVER manual's CAMEO table maps to today's types: DEMAND → REQUEST, DISAPPROVE and
/// INVESTIGATE → ACCUSE, FIGHT → ASSAULT (PLOVER_MANUAL.tex, "CAMEO to PLOVER"). DOCUMENT records are
/// documentation, not events, and are skipped; a record without text or with an unknown label is a diagnostic.
/// </summary>
public static class PloverGoldReader
{
    private static readonly Dictionary<string, PloverType> OldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DEMAND"] = PloverType.Request,
        ["DISAPPROVE"] = PloverType.Accuse,
        ["INVESTIGATE"] = PloverType.Accuse,
        ["FIGHT"] = PloverType.Assault,
    };

    /// <summary>The records of <paramref name="json"/>; problems go to <paramref name="diagnostics"/> under <paramref name="input"/>.</summary>
    public static IReadOnlyList<PloverGoldRecord> Read(string json, string input, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var records = new List<PloverGoldRecord>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(new Diagnostic(input, ex.LineNumber is { } line ? $"line {line + 1}" : null, $"not JSON: {ex.Message}"));
            return records;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(new Diagnostic(input, null, "expected a JSON array of records"));
                return records;
            }

            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                if (Read(item, input, index, diagnostics) is { } record)
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }

    private static PloverGoldRecord? Read(JsonElement item, string input, int index, ICollection<Diagnostic> diagnostics)
    {
        var id = String(item, "id") ?? $"#{index}";
        var label = String(item, "event");
        if (label == "DOCUMENT")
        {
            return null;
        }

        var text = String(item, "text");
        if (string.IsNullOrWhiteSpace(text) || label is null)
        {
            diagnostics.Add(new Diagnostic(input, id, "expected the fields \"text\" and \"event\""));
            return null;
        }

        if (!OldLabels.TryGetValue(label, out var type) && !PloverTypeNames.TryParse(label, out type))
        {
            diagnostics.Add(new Diagnostic(input, id, $"unknown event label \"{label}\" (expected a PLOVER type)"));
            return null;
        }

        return new PloverGoldRecord(id, text, type, label);
    }

    private static string? String(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}