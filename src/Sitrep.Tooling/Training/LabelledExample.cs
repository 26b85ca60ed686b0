using Sitrep.Events;

namespace Sitrep.Training;

/// <summary>One training example: what the model reads and the class gold gives it.</summary>
public sealed record LabelledExample(FeatureBag Features, string Label);