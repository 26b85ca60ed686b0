using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Evaluation;

namespace Sitrep.Training;

/// <summary>
/// Writes a <see cref="CrossValidation"/> in the <c>--json</c> shape of EVALUATION.md: every key of a single report,
/// each the mean over folds (counts summed), plus <c>folds</c>, <c>per_fold</c>, <c>spread</c> (the standard
/// deviation of each score over folds) and the misses of every fold, each tagged with its fold. The rules' scores on
/// the same folds follow under <c>rules</c> in the same shape, without their per-fold reports.
/// </summary>
public static class CrossValidationJson
{
    // Keys that count things: summed over folds, not averaged.
    private static readonly HashSet<string> CountKeys = new(StringComparer.Ordinal)
    {
        "articles", "gold_events", "predicted_events", "aggregate_errors", "aligned_events", "matched", "predicted", "gold",
        "correct", "total", "incidents_merged_with_aggregates", "aggregates_as_incidents", "misses_total",
    };

    /// <summary>Writes <paramref name="validation"/> with at most <paramref name="maxMisses"/> pooled misses.</summary>
    public static void Write(Stream stream, CrossValidation validation, int maxMisses)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(validation);
        var learned = Summary(validation, validation.Folds.Select(f => f.Learned).ToList(), maxMisses);
        learned["system"] = "learned";
        learned["per_fold"] = new JsonArray([.. validation.Folds.Select(f =>
        {
            var node = ReportNode(f.Learned, 0);
            node["fold"] = f.Fold;
            node["stories"] = new JsonArray([.. f.Stories.Select(s => (JsonNode)s)]);
            return (JsonNode)node;
        })]);
        var rules = Summary(validation, validation.Folds.Select(f => f.Rules).ToList(), 0);
        rules.Remove("misses");
        learned["rules"] = rules;
        using var writer = new Utf8JsonWriter(stream, SitrepJson.WriterOptions);
        learned.WriteTo(writer);
    }

    /// <summary>The mean report over folds with its spread, as a JSON object.</summary>
    public static JsonObject Summary(CrossValidation validation, IReadOnlyList<EvaluationReport> reports, int maxMisses)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(reports);
        var nodes = reports.Select(r => ReportNode(r, 0)).ToList();
        var spread = new JsonObject();
        var mean = Combine(nodes, "", spread);
        mean["corpus"] = validation.Corpus;
        mean["folds"] = validation.K;
        mean["spread"] = spread;
        mean["warnings"] = new JsonArray([.. reports.SelectMany(r => r.Diagnostics.Select(d => d.ToString())).Distinct(StringComparer.Ordinal).Select(w => (JsonNode)w)]);
        mean["misses"] = new JsonArray([.. reports.SelectMany((r, fold) => r.Misses.Select(m => (Fold: fold, Miss: m))).Take(maxMisses).Select(p => (JsonNode)new JsonObject
        {
            ["fold"] = p.Fold,
            ["article"] = p.Miss.Article,
            ["evidence"] = p.Miss.Evidence,
            ["field"] = p.Miss.Field,
            ["gold"] = p.Miss.Gold,
            ["predicted"] = p.Miss.Predicted,
        })]);
        return mean;
    }

    private static JsonObject ReportNode(EvaluationReport report, int maxMisses)
    {
        using var buffer = new MemoryStream();
        EvaluationReportJson.Write(buffer, report, maxMisses);
        return JsonNode.Parse(buffer.ToArray())!.AsObject();
    }

    // The key-wise mean (or sum, for counts) of objects of one shape; each averaged score's standard deviation goes to spread under its dotted path.
    private static JsonObject Combine(IReadOnlyList<JsonObject> nodes, string path, JsonObject spread)
    {
        var result = new JsonObject();
        foreach (var (key, value) in nodes[0])
        {
            var here = path.Length == 0 ? key : path + "." + key;
            switch (value)
            {
                case JsonObject:
                    result[key] = Combine([.. nodes.Select(n => n[key]!.AsObject())], here, spread);
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                    var values = nodes.Select(n => n[key]!.GetValue<double>()).ToList();
                    if (CountKeys.Contains(key))
                    {
                        result[key] = (long)values.Sum();
                    }
                    else
                    {
                        var average = values.Average();
                        result[key] = Math.Round(average, 6);
                        spread[here] = Math.Round(Math.Sqrt(values.Sum(x => (x - average) * (x - average)) / values.Count), 6);
                    }

                    break;
                default:
                    break;
            }
        }

        return result;
    }
}