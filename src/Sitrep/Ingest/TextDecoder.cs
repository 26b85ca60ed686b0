using System.Text;
using System.Text.Unicode;

namespace Sitrep.Ingest;

/// <summary>
/// Turns input bytes into text the way browsers do (WHATWG Encoding, "decode"): a BOM wins, then a declared
/// charset (HTTP header or HTML meta), then UTF-8. Invalid UTF-8 is replaced with U+FFFD and reported as a warning;
/// bytes that are not text at all are rejected.
/// </summary>
internal static class TextDecoder
{
    // Enough to see a binary header and the HTML meta prescan window (WHATWG: first 1024 bytes).
    private const int SniffBytes = 8192;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is an HTTP or HTML charset label, if any.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string input, string? declaredCharset, InputFormat format)
    {
        if (bytes.IsEmpty || IsAllWhiteSpace(bytes))
        {
            return DecodedText.Failed("empty file");
        }

        var (bomEncoding, bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
        {
            var text = bomEncoding.GetString(bytes[bomLength..]);
            return string.IsNullOrWhiteSpace(text) ? DecodedText.Failed("empty file") : new DecodedText(text, [], null);
        }

        if (LooksBinary(bytes))
        {
            return DecodedText.Failed("binary file");
        }

        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var charset = declaredCharset ?? format switch
        {
            InputFormat.Html => CharsetSniffer.FromHtmlHead(head),
            InputFormat.Feed or InputFormat.Opml => CharsetSniffer.FromXmlDeclaration(head),
            _ => null,
        };
        var declared = charset is null ? null : EncodingFor(charset);
        var isUtf8 = Utf8.IsValid(bytes);

        // A page that declares a single-byte code page but is valid UTF-8 with non-ASCII characters is, in practice,
        // UTF-8 mislabelled by its CMS; decoding it as windows-1252 would turn every accent into mojibake.
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(isUtf8 && declared.IsSingleByte && HasNonAscii(bytes)))
        {
            return new DecodedText(declared.GetString(bytes), [], null);
        }

        if (isUtf8)
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), [], null);
        }

        var replaced = Encoding.UTF8.GetString(bytes); // the default UTF8Encoding replaces invalid sequences with U+FFFD
        var firstBad = FirstInvalidUtf8(bytes);
        Diagnostic warning = new(input, null, $"invalid UTF-8 replaced (first at byte {firstBad})", DiagnosticSeverity.Warning);
        return new DecodedText(replaced, [warning], null);
    }

    /// <summary>The encoding for a WHATWG label; null when unknown. Latin-1 and ASCII labels mean windows-1252, as in browsers.</summary>
    public static Encoding? EncodingFor(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            _ => name,
        };
        try
        {
            // The code-page provider is asked directly rather than registered, to leave process-wide state alone.
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: "utf-7" is a name .NET knows and refuses (SYSLIB0001); WHATWG has no such label
            // either, so it falls back to UTF-8 like any unknown one (found by fuzzing; it aborted the whole ingest).
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    // Text has no NUL bytes and few control characters; executables, images, PDFs and archives have many.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var window = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (window.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in window)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                control++;
            }
        }

        return control * 10 > window.Length;
    }

    private static bool IsAllWhiteSpace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var result = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (result != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}