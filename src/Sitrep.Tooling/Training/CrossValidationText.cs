using System.Globalization;
using System.Text.Json.Nodes;

namespace Sitrep.Training;

/// <summary>The text form of a <see cref="CrossValidation"/>: each score as mean ± spread over folds, the trained models beside the rules, then the misses.</summary>
public static class CrossValidationText
{
    private static readonly (string Label, string Path)[] Rows =
    [
        ("mention precision", "mention.precision"), ("mention recall", "mention.recall"), ("mention F1", "mention.f1"),
        ("type accuracy", "type_accuracy"), ("mode accuracy", "mode_accuracy"), ("date accuracy", "date_accuracy"),
        ("date overlap", "date_overlap"), ("place country", "place.country"), ("place admin1", "place.admin1"),
        ("place name", "place.name"), ("actor F1", "actor_f1"), ("fatalities accuracy", "fatalities_accuracy"),
        ("B³ F1", "b3.f1"),
    ];

    /// <summary>Writes the table and at most <paramref name="maxMisses"/> misses.</summary>
    public static void Write(TextWriter writer, CrossValidation validation, int maxMisses)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(validation);
        var learned = CrossValidationJson.Summary(validation, [.. validation.Folds.Select(f => f.Learned)], maxMisses);
        var rules = CrossValidationJson.Summary(validation, [.. validation.Folds.Select(f => f.Rules)], 0);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{validation.Corpus}: {learned["articles"]} stories, {learned["gold_events"]} gold events, {validation.K} folds by story"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"score",-22}{"trained models",-20}{"rules",-20}"));
        foreach (var (label, path) in Rows)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-22}{Cell(learned, path),-20}{Cell(rules, path),-20}"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"aggregate errors",-22}{learned["aggregate_errors"],-20}{rules["aggregate_errors"],-20}"));
        var misses = learned["misses"]!.AsArray();
        if (misses.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Misses of the trained models (each from a fold whose models never saw its story):");
            foreach (var miss in misses)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [fold {miss!["fold"]}] {miss["article"]} {miss["field"]}: gold {miss["gold"]} | predicted {miss["predicted"]} | \"{miss["evidence"]}\""));
            }
        }
    }

    private static string Cell(JsonObject summary, string path)
    {
        JsonNode? node = summary;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        var spread = summary["spread"]?[path]?.GetValue<double>() ?? 0;
        return node is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{node.GetValue<double>():0.000} ± {spread:0.000}");
    }
}