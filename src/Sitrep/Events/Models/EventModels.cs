using System.Text;
using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// The trained decisions of the event stage (docs/event-models.md): does a sentence report a codable event (with the
/// threshold chosen in training), its PLOVER type, incident or aggregate, whether two of an article's reports are one
/// event, and each candidate participant's role. Written by <c>sitrep train events</c> to
/// <see cref="DefaultRelativePath"/>; loaded once per process and shared (immutable, thread-safe).
/// </summary>
/// <param name="Detector">Classes "no" / "yes" over sentence features.</param>
/// <param name="DetectThreshold">The probability of "yes" from which a sentence is reported.</param>
/// <param name="Type">PLOVER type names over sentence features.</param>
/// <param name="Kind">"incident" / "aggregate" over sentence features.</param>
/// <param name="SameEvent">Classes "no" / "yes" over the features of two reports in one article.</param>
/// <param name="SameThreshold">The probability of "yes" from which two reports are joined.</param>
/// <param name="Role">Classes "none" / "actor" / "recipient" over a candidate participant's features, or null to keep the rules' roles.</param>
public sealed record EventModels(
    LinearModel Detector,
    double DetectThreshold,
    LinearModel Type,
    LinearModel Kind,
    LinearModel SameEvent,
    double SameThreshold,
    LinearModel? Role)
{
    /// <summary>Where the models live in the repository and next to the executables.</summary>
    public const string DefaultRelativePath = "data/events/models/events.bin";

    private const uint Magic = 0x4D455653; // "SVEM"
    private const int Version = 1;

    /// <summary>The path of the default models, or null when they are not installed.</summary>
    public static string? FindDefault() => ResourceLocator.Find(DefaultRelativePath);

    /// <summary>Reads the default models, or null when they are not installed (the stage then runs the rules alone).</summary>
    public static EventModels? LoadDefault() => FindDefault() is { } path ? Load(path) : null;

    /// <summary>Reads models written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an event-models file of this version, or is damaged.</exception>
    public static EventModels Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{path}: not a Sitrep event-models file.");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"{path}: event-models version {version}; this build reads version {Version}. Retrain with 'sitrep train events'.");
            }

            var detector = ReadModel(reader, path);
            var detectThreshold = reader.ReadDouble();
            var type = ReadModel(reader, path);
            var kind = ReadModel(reader, path);
            var same = ReadModel(reader, path);
            var sameThreshold = reader.ReadDouble();
            var role = reader.ReadBoolean() ? ReadModel(reader, path) : null;
            return new EventModels(detector, detectThreshold, type, kind, same, sameThreshold, role);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: truncated event-models file.", e);
        }
    }

    /// <summary>Writes the models to <paramref name="path"/> (the folder is created), replacing the file only once it is complete.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            WriteModel(writer, Detector);
            writer.Write(DetectThreshold);
            WriteModel(writer, Type);
            WriteModel(writer, Kind);
            WriteModel(writer, SameEvent);
            writer.Write(SameThreshold);
            writer.Write(Role is not null);
            if (Role is not null)
            {
                WriteModel(writer, Role);
            }
        }

        File.Move(temporary, full, overwrite: true);
    }

    private static void WriteModel(BinaryWriter writer, LinearModel model)
    {
        writer.Write(model.Classes.Count);
        foreach (var c in model.Classes)
        {
            writer.Write(c);
        }

        writer.Write(model.Features.Count);
        foreach (var f in model.Features)
        {
            writer.Write(f);
        }

        writer.Write(model.DenseSize);
        foreach (var w in model.Bias)
        {
            writer.Write(w);
        }

        foreach (var w in model.Weights)
        {
            writer.Write(w);
        }

        foreach (var w in model.DenseWeights)
        {
            writer.Write(w);
        }
    }

    private static LinearModel ReadModel(BinaryReader reader, string path)
    {
        var classes = Bounded(reader.ReadInt32(), LinearModel.MaxClasses, path, "classes");
        var names = new string[classes];
        for (var c = 0; c < classes; c++)
        {
            names[c] = reader.ReadString();
        }

        var count = Bounded(reader.ReadInt32(), LinearModel.MaxFeatures, path, "features");
        var features = new string[count];
        for (var f = 0; f < count; f++)
        {
            features[f] = reader.ReadString();
        }

        var denseSize = Bounded(reader.ReadInt32(), LinearModel.MaxDense, path, "dense size");
        var bias = ReadFloats(reader, classes);
        var weights = ReadFloats(reader, count * classes);
        var dense = ReadFloats(reader, denseSize * classes);
        try
        {
            return new LinearModel(names, features, weights, bias, denseSize, dense);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static int Bounded(int value, int max, string path, string what) =>
        value >= 0 && value <= max ? value : throw new InvalidDataException($"{path}: {what} {value} outside 0..{max}.");

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }
}