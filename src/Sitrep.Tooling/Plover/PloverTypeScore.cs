namespace Sitrep.Events;

/// <summary>How well one method codes the event type of the held-out PLOVER gold records.</summary>
/// <param name="Method">What was scored ("trigger lexicon", "naive Bayes").</param>
/// <param name="Records">Records scored.</param>
/// <param name="Predicted">Records the method gave a type for (the lexicon may find no event).</param>
/// <param name="Correct">Records whose predicted type equals the gold type.</param>
public sealed record PloverTypeScore(string Method, int Records, int Predicted, int Correct)
{
    /// <summary>Correct over all records: a record with no prediction counts as wrong.</summary>
    public double Accuracy => Records == 0 ? 0 : (double)Correct / Records;

    /// <summary>Correct over the records with a prediction.</summary>
    public double AccuracyWhenPredicted => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Scores <paramref name="predict"/> on <paramref name="records"/>.</summary>
    public static PloverTypeScore Of(string method, IEnumerable<PloverGoldRecord> records, Func<PloverGoldRecord, PloverType?> predict)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(predict);
        int total = 0, predicted = 0, correct = 0;
        foreach (var record in records)
        {
            total++;
            if (predict(record) is { } type)
            {
                predicted++;
                correct += type == record.Type ? 1 : 0;
            }
        }

        return new PloverTypeScore(method, total, predicted, correct);
    }
}