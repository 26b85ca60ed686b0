namespace Sitrep.Encoder;

/// <summary>How the encoder's MatMul weights are stored and multiplied.</summary>
public enum EncoderPrecision
{
    /// <summary>The package's graph as it is: fp32 weights.</summary>
    Float32,

    /// <summary>
    /// The MatMul weights quantised to int8 per output column at load time (dynamic quantisation: activations are
    /// quantised per batch by the graph itself); docs/encoder.md and data/encoder/README.md give the measured differences.
    /// </summary>
    Int8,
}