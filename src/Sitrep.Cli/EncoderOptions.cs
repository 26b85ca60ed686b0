using System.CommandLine;
using Sitrep.Encoder;
using Sitrep.Pipeline;

namespace Sitrep.Cli;

/// <summary>
/// The encoder options of the verbs that analyse (docs/encoder.md): which sentences the pretrained encoder encodes,
/// and at which precision. The model loads once per process, when the first pipeline with an encoder is built.
/// </summary>
internal static class EncoderOptions
{
    public static Option<string> Encode() => new Option<string>("--encode")
    {
        Description = "Sentences the pretrained encoder encodes: 'events' (those an event mention cites, all that clustering reads), 'all', or 'none'.",
        DefaultValueFactory = _ => "events",
    }.AcceptOnlyFromAmong("events", "all", "none");

    public static Option<string> Precision() => new Option<string>("--encoder-precision")
    {
        Description = "The encoder's MatMul weights: 'int8' (quantised at load) or 'fp32' (the package's graph).",
        DefaultValueFactory = _ => "int8",
    }.AcceptOnlyFromAmong("int8", "fp32");

    /// <summary>The pipeline the CLI analyses with by default: the standard one, then the encoder on the event evidence, int8.</summary>
    public static AnalysisPipeline Default() => Compose(StandardPipeline.Create(), "events", "int8");

    /// <summary>The standard pipeline, followed by the encoder unless <paramref name="encode"/> is "none".</summary>
    public static AnalysisPipeline Compose(AnalysisPipeline standard, string encode, string precision)
    {
        if (encode == "none")
        {
            return standard;
        }

        var encoder = PretrainedEncoder.Load(precision == "fp32" ? EncoderPrecision.Float32 : EncoderPrecision.Int8);
        return EncodedPipeline.WithEncoder(standard, encoder.Stage(encode == "all" ? SentenceSelection.All : SentenceSelection.EventEvidence));
    }
}