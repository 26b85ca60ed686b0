namespace Sitrep.Ingest;

/// <summary>The text of an input after decoding, or the reason it is not text.</summary>
/// <param name="Text">The decoded text (BOM removed), or null when <paramref name="Failure"/> is set.</param>
/// <param name="Warnings">Repairs made while decoding (invalid UTF-8 replaced).</param>
/// <param name="Failure">Why the bytes are not text ("binary file", "empty file"), or null.</param>
internal sealed record DecodedText(string? Text, IReadOnlyList<Diagnostic> Warnings, string? Failure)
{
    public static DecodedText Failed(string reason) => new(null, [], reason);
}