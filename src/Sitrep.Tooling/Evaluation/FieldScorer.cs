namespace Sitrep.Evaluation;

/// <summary>
/// Scores the fields of each aligned pair (a gold incident and its representative prediction) and records a miss for
/// every field that differs. The null rule of EVALUATION.md holds throughout: a gold null date, place (or place part)
/// or fatalities count is matched only by a null prediction.
/// </summary>
internal sealed class FieldScorer(List<EvaluationMiss> misses)
{
    private const string Null = "null";

    public EvaluationRatio Type { get; private set; }

    public EvaluationRatio Mode { get; private set; }

    public EvaluationRatio Date { get; private set; }

    public EvaluationRatio DateOverlap { get; private set; }

    public EvaluationRatio PlaceCountry { get; private set; }

    public EvaluationRatio PlaceAdmin1 { get; private set; }

    public EvaluationRatio PlaceName { get; private set; }

    public EvaluationRatio Fatalities { get; private set; }

    public int ActorsMatched { get; private set; }

    public int ActorsGold { get; private set; }

    public int ActorsPredicted { get; private set; }

    /// <summary>Scores one aligned pair; <paramref name="article"/> and <paramref name="evidence"/> locate its misses.</summary>
    public void Score(GoldEvent gold, PredictedEvent predicted, string article, string evidence)
    {
        void Check(string field, bool right, string goldText, string predictedText)
        {
            if (!right)
            {
                misses.Add(new EvaluationMiss(article, evidence, field, goldText, predictedText));
            }
        }

        // A gold list of types is a set of acceptable answers (EVALUATION.md, type and mode).
        var typeRight = predicted.Type is not null && gold.Types.Contains(predicted.Type.Trim().ToUpperInvariant());
        Type = Add(Type, typeRight);
        Check("type", typeRight, string.Join('|', gold.Types), predicted.Type ?? Null);

        // Mode is scored only where gold gives one.
        if (gold.Modes.Count > 0)
        {
            var modeRight = predicted.Mode is not null && gold.Modes.Contains(predicted.Mode.Trim().ToLowerInvariant());
            Mode = Add(Mode, modeRight);
            Check("mode", modeRight, string.Join('|', gold.Modes), predicted.Mode ?? Null);
        }

        var dateRight = gold.Date == predicted.Date;
        var dateOverlaps = gold.Date is EvalDate g && predicted.Date is EvalDate p ? g.Overlaps(p) : dateRight;
        Date = Add(Date, dateRight);
        DateOverlap = Add(DateOverlap, dateOverlaps);
        Check("date", dateRight, gold.Date?.ToString() ?? Null, predicted.Date?.ToString() ?? Null);

        // A null place is a place whose every part is null.
        var countryRight = ComparableName.Same(gold.Place?.Country, predicted.Place?.Country);
        var admin1Right = ComparableName.Same(gold.Place?.Admin1, predicted.Place?.Admin1);
        var nameRight = ComparableName.Same(gold.Place?.Name, predicted.Place?.Name);
        PlaceCountry = Add(PlaceCountry, countryRight);
        PlaceAdmin1 = Add(PlaceAdmin1, admin1Right);
        PlaceName = Add(PlaceName, nameRight);
        Check("place.country", countryRight, gold.Place?.Country ?? Null, predicted.Place?.Country ?? Null);
        Check("place.admin1", admin1Right, gold.Place?.Admin1 ?? Null, predicted.Place?.Admin1 ?? Null);
        Check("place.name", nameRight, gold.Place?.Name ?? Null, predicted.Place?.Name ?? Null);

        var fatalitiesRight = gold.Fatalities == predicted.Fatalities;
        Fatalities = Add(Fatalities, fatalitiesRight);
        Check("fatalities", fatalitiesRight, gold.Fatalities?.ToString() ?? Null, predicted.Fatalities?.ToString() ?? Null);

        ScoreParticipants("actors", gold.Actors, predicted.Actors, article, evidence);
        ScoreParticipants("recipients", gold.Recipients, predicted.Recipients, article, evidence);
    }

    // Actors are matched with actors and recipients with recipients: who acted on whom is part of the event.
    private void ScoreParticipants(string field, IReadOnlyList<GoldParticipant> gold, IReadOnlyList<PredictedActor> predicted, string article, string evidence)
    {
        var matches = ActorMatcher.Match(gold, predicted);
        var matched = matches.Count(m => m >= 0);
        ActorsMatched += matched;
        ActorsGold += gold.Count;
        ActorsPredicted += predicted.Count;
        if (matched < gold.Count || matched < predicted.Count)
        {
            var goldText = gold.Count == 0 ? "none" : string.Join("; ", gold.Select(g => string.Join(" | ", g.Names)));
            var predictedText = predicted.Count == 0 ? "none" : string.Join("; ", predicted.Select(p => p.Name));
            misses.Add(new EvaluationMiss(article, evidence, field, goldText, predictedText));
        }
    }

    private static EvaluationRatio Add(EvaluationRatio ratio, bool right) =>
        new(ratio.Correct + (right ? 1 : 0), ratio.Total + 1);
}