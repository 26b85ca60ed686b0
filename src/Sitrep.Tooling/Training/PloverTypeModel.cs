using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Training;

/// <summary>
/// The event stage's type model (<see cref="EventModels.Type"/>'s recipe: the same sentence features and learner)
/// trained on PLOVER gold records, for <c>sitrep eval-plover</c>: how well the trained type decision does on records
/// it was not trained on.
/// </summary>
public sealed class PloverTypeModel
{
    private readonly AnalysisPipeline upToEvents;
    private readonly EventMentionStage stage = new(TriggerLexicon.LoadDefault());
    private readonly DateOnly recordDate;

    /// <summary>Reads records with <paramref name="upToEvents"/> (every stage before the event stage), published on <paramref name="recordDate"/>.</summary>
    public PloverTypeModel(AnalysisPipeline upToEvents, DateOnly recordDate)
    {
        ArgumentNullException.ThrowIfNull(upToEvents);
        this.upToEvents = upToEvents;
        this.recordDate = recordDate;
    }

    /// <summary>The features of a record: every sentence's, pooled (a record is a sentence or two).</summary>
    public FeatureBag Features(PloverGoldRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = new Document(record.Id, record.Text, recordDate);
        upToEvents.Process(document, cancellationToken);
        var reading = stage.Read(document);
        return new FeatureBag([.. Enumerable.Range(0, reading.Sentences.Count).SelectMany(s => SentenceFeatures.For(reading, s).Names)]);
    }

    /// <summary>Trains the type model on <paramref name="records"/> with <paramref name="learner"/>.</summary>
    public LinearModel Train(IReadOnlyList<(PloverGoldRecord Record, FeatureBag Features)> records, LogisticRegressionTrainer learner)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(learner);
        var examples = records.Select(r => new LabelledExample(r.Features, PloverTypeNames.NameOf(r.Record.Type))).ToList();
        return learner.Train(examples, [.. examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}