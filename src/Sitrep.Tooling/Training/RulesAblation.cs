using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Evaluation;
using Sitrep.Events;

namespace Sitrep.Training;

/// <summary>
/// The rules' cross-validated reports with one rule turned off (<see cref="Rule"/>), or with every rule on (null), and
/// when measured, the reports of models trained without it (<see cref="Learned"/>).
/// </summary>
public sealed record RulesAblationRow(EventRule? Rule, IReadOnlyList<EvaluationReport> Folds, IReadOnlyList<EvaluationReport>? Learned = null);

/// <summary>
/// What each hand-written event rule is worth: the rules' scores on the K folds of a corpus with every rule on, then
/// with each rule off. The judging score is the typed mention F1 (mention F1 times type accuracy: the F1 of mentions
/// found with the right type, since type accuracy is counted over the found ones) together with aggregate errors. A
/// rule pays when its removal lowers the mean typed F1 and lowers it in at least two folds, or adds aggregate errors
/// in at least two folds; a rule whose worth rests on one fold rests on one story group, and is one to delete (issue
/// #19, point 3).
/// </summary>
public sealed record RulesAblation(string Corpus, int K, IReadOnlyList<RulesAblationRow> Rows)
{
    private static readonly (string Label, string Path)[] Columns =
    [
        ("mention F1", "mention.f1"), ("type", "type_accuracy"), ("date", "date_accuracy"), ("country", "place.country"),
        ("actor F1", "actor_f1"), ("fatalities", "fatalities_accuracy"),
    ];

    /// <summary>The mean of each score over the folds of <paramref name="row"/>, aggregate errors summed.</summary>
    public static JsonObject Mean(RulesAblationRow row, string corpus, int k)
    {
        ArgumentNullException.ThrowIfNull(row);
        var validation = new CrossValidation(corpus, k, [.. row.Folds.Select((r, f) => new FoldResult(f, [], r, r))]);
        return CrossValidationJson.Summary(validation, row.Folds, 0);
    }

    /// <summary>The F1 of mentions found with the right type: mention F1 times type accuracy (0 when nothing was found).</summary>
    public static double TypedF1(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Mention.F1 * report.Type.Value;
    }

    /// <summary>
    /// True when turning <paramref name="row"/>'s rule off makes the rules, or the models trained on what the rules
    /// say, worse than <paramref name="all"/> (see the type's summary).
    /// </summary>
    public static bool Pays(RulesAblationRow all, RulesAblationRow row)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(row);
        return Worse(all.Folds, row.Folds) || (all.Learned is { } a && row.Learned is { } b && Worse(a, b));
    }

    private static bool Worse(IReadOnlyList<EvaluationReport> all, IReadOnlyList<EvaluationReport> row)
    {
        var folds = Enumerable.Range(0, all.Count).ToList();
        var typedLower = folds.Count(f => Round(TypedF1(row[f])) < Round(TypedF1(all[f])));
        var meanLower = Round(folds.Average(f => TypedF1(row[f]))) < Round(folds.Average(f => TypedF1(all[f])));
        var aggregatesHigher = folds.Count(f => row[f].AggregateErrors > all[f].AggregateErrors);
        return (meanLower && typedLower >= 2) || aggregatesHigher >= 2;
    }

    /// <summary>The table: one line a rule, each score's change from every rule on, and whether the rule pays.</summary>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var means = Rows.Select(r => Mean(r, Corpus, K)).ToList();
        var all = means[0];
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Corpus}: the rules with each one off, {K} folds by story (change from every rule on)"));
        writer.Write($"{"rule",-24}");
        foreach (var (label, _) in Columns)
        {
            writer.Write($"{label,-12}");
        }

        writer.Write($"{"typed F1",-12}{"aggregate errors",-18}");
        var withModels = Rows[0].Learned is not null;
        writer.WriteLine(withModels ? $"{"trained F1",-12}{"trained typed",-15}{"trained agg.",-14}verdict" : "verdict");
        for (var i = 0; i < Rows.Count; i++)
        {
            var name = Rows[i].Rule is { } rule ? EventRuleSet.NameOf(rule) : "(every rule on)";
            writer.Write($"{name,-24}");
            foreach (var (_, path) in Columns)
            {
                writer.Write($"{Cell(all, means[i], path, i == 0),-12}");
            }

            writer.Write($"{Change(Rows[i].Folds.Average(TypedF1), Rows[0].Folds.Average(TypedF1), i == 0),-12}");
            var errorCell = Change(Value(means[i], "aggregate_errors"), Value(all, "aggregate_errors"), i == 0, "0");
            writer.Write($"{errorCell,-18}");
            if (Rows[i].Learned is { } learned && Rows[0].Learned is { } learnedAll)
            {
                writer.Write($"{Change(learned.Average(r => r.Mention.F1), learnedAll.Average(r => r.Mention.F1), i == 0),-12}");
                writer.Write($"{Change(learned.Average(TypedF1), learnedAll.Average(TypedF1), i == 0),-15}");
                writer.Write($"{Change(learned.Sum(r => r.AggregateErrors), learnedAll.Sum(r => r.AggregateErrors), i == 0, "0"),-14}");
            }

            writer.WriteLine(Rows[i].Rule is not { } off ? "" : EventRuleSet.IsDefinition(off) ? "definition" : Pays(Rows[0], Rows[i]) ? "keep" : "delete");
        }
    }

    /// <summary>The same as JSON: every rule on, then for each rule its mean scores and verdict.</summary>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var means = Rows.Select(r => Mean(r, Corpus, K)).ToList();
        var result = new JsonObject
        {
            ["corpus"] = Corpus,
            ["folds"] = K,
            ["all_rules"] = Strip(means[0], Rows[0]),
            ["without"] = new JsonArray([.. Rows.Skip(1).Select((r, i) => (JsonNode)new JsonObject
            {
                ["rule"] = EventRuleSet.NameOf(r.Rule!.Value),
                ["pays"] = Pays(Rows[0], r),
                ["definition"] = EventRuleSet.IsDefinition(r.Rule!.Value),
                ["scores"] = Strip(means[i + 1], r),
            })]),
        };
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        result.WriteTo(writer);
    }

    private static string Change(double value, double all, bool absolute, string digits = "0.000") =>
        absolute ? value.ToString(digits, CultureInfo.InvariantCulture)
            : (value - all).ToString($"+{digits};-{digits};{digits}", CultureInfo.InvariantCulture);

    private static JsonObject Strip(JsonObject mean, RulesAblationRow row)
    {
        var copy = mean.DeepClone().AsObject();
        copy["typed_mention_f1"] = Math.Round(row.Folds.Average(TypedF1), 4);
        if (row.Learned is { } learned)
        {
            copy["trained"] = new JsonObject
            {
                ["mention_f1"] = Math.Round(learned.Average(r => r.Mention.F1), 4),
                ["typed_mention_f1"] = Math.Round(learned.Average(TypedF1), 4),
                ["aggregate_errors"] = learned.Sum(r => r.AggregateErrors),
            };
        }

        copy.Remove("misses");
        copy.Remove("warnings");
        return copy;
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static double Value(JsonObject summary, string path)
    {
        JsonNode? node = summary;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node is JsonValue v && v.TryGetValue<double>(out var d) ? d
            : node is JsonValue i && i.TryGetValue<int>(out var n) ? n
            : node is JsonValue l && l.TryGetValue<long>(out var m) ? m
            : double.NaN;
    }

    private static string Cell(JsonObject all, JsonObject row, string path, bool absolute)
    {
        var value = Value(row, path);
        return double.IsNaN(value) ? "-"
            : absolute ? value.ToString("0.000", CultureInfo.InvariantCulture)
            : (value - Value(all, path)).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);
    }
}