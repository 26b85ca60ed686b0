using Sitrep.Events;

namespace Sitrep.Tests.Training;

public sealed class EventModelsFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-models-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static LinearModel Model(params string[] classes) =>
        new(classes, ["a", "b"], [.. Enumerable.Range(0, 2 * classes.Length).Select(i => (float)i / 10)], new float[classes.Length], 0, []);

    [Fact]
    public void Saved_models_read_back_with_the_same_decisions()
    {
        var models = new EventModels(Model("no", "yes"), 0.35, Model("ASSAULT", "PROTEST"), Model("incident", "aggregate"), Model("no", "yes"), 0.7, null);
        var path = Path.Combine(folder, "m", "events.bin");

        models.Save(path);
        var read = EventModels.Load(path);

        Assert.Equal(0.35, read.DetectThreshold);
        Assert.Equal(0.7, read.SameThreshold);
        Assert.Equal(["ASSAULT", "PROTEST"], read.Type.Classes);
        var bag = new FeatureBag(["a", "b"]);
        Assert.Equal(models.Detector.Probabilities(bag), read.Detector.Probabilities(bag));
        Assert.Null(read.Role);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_its_path()
    {
        var path = Path.Combine(folder, "events.bin");
        new EventModels(Model("no", "yes"), 0.5, Model("ASSAULT", "PROTEST"), Model("incident", "aggregate"), Model("no", "yes"), 0.5, null).Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => EventModels.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_count_beyond_the_bound_is_refused_before_allocating()
    {
        var path = Path.Combine(folder, "hostile.bin");
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            writer.Write(0x4D455653u);
            writer.Write(1);
            writer.Write(2);
            writer.Write("no");
            writer.Write("yes");
            writer.Write(int.MaxValue);
        }

        var error = Assert.Throws<InvalidDataException>(() => EventModels.Load(path));
        Assert.Contains("features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_features_are_ignored_and_probabilities_sum_to_one()
    {
        var p = Model("ASSAULT", "PROTEST", "CONSULT").Probabilities(new FeatureBag(["a", "never-seen"]));

        Assert.Equal(1.0, p.Sum(), 6);
        Assert.True(p[2] > p[0]);
    }
}