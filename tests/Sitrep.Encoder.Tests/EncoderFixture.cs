namespace Sitrep.Encoder.Tests;

/// <summary>The real model in both precisions, loaded once for the test class that shares it.</summary>
public sealed class EncoderFixture : IDisposable
{
    public PretrainedEncoder Float32 { get; } = PretrainedEncoder.Load(EncoderPrecision.Float32);

    public PretrainedEncoder Int8 { get; } = PretrainedEncoder.Load(EncoderPrecision.Int8);

    public void Dispose()
    {
        Float32.Dispose();
        Int8.Dispose();
    }
}