namespace Sitrep.Ingest;

/// <summary>
/// JSON can spell half of a UTF-16 surrogate pair alone ("\ud83d" where a writer cut an emoji in two). RFC 8259 §8.2
/// leaves such a string's meaning open and JavaScript reads it, but System.Text.Json parses it and then throws
/// <see cref="InvalidOperationException"/> when the string or a property name holding it is read (found by fuzzing:
/// the exception escaped the reader and ended the whole ingest). Each lone surrogate escape becomes "\ufffd", the
/// replacement character, before the parser sees the text; the escape keeps its length, so error positions stay put.
/// </summary>
internal static class JsonSurrogates
{
    /// <summary>The JSON text with every lone surrogate escape replaced (the same string when there is none).</summary>
    /// <param name="json">JSON text, valid or not.</param>
    /// <param name="replaced">How many escapes were replaced.</param>
    public static string ReplaceLone(string json, out int replaced)
    {
        ArgumentNullException.ThrowIfNull(json);
        replaced = 0;
        char[]? copy = null;
        var i = json.IndexOf('\\', StringComparison.Ordinal);
        while (i >= 0 && i + 1 < json.Length)
        {
            // An escape is a backslash and one character ("\\" included), or "\u" and four hex digits.
            if (json[i + 1] != 'u' || !TryReadUnit(json, i, out var unit))
            {
                i = json.IndexOf('\\', i + 2);
                continue;
            }

            var next = i + 6;
            if (char.IsHighSurrogate(unit) && TryReadUnit(json, next, out var low) && char.IsLowSurrogate(low))
            {
                next += 6;
            }
            else if (char.IsSurrogate(unit))
            {
                copy ??= json.ToCharArray();
                "FFFD".CopyTo(copy.AsSpan(i + 2));
                replaced++;
            }

            i = next < json.Length ? json.IndexOf('\\', next) : -1;
        }

        return copy is null ? json : new string(copy);
    }

    // The UTF-16 unit of a "\uXXXX" escape starting at start.
    private static bool TryReadUnit(string json, int start, out char unit)
    {
        unit = default;
        if (start + 6 > json.Length || json[start] != '\\' || json[start + 1] != 'u')
        {
            return false;
        }

        var value = 0;
        for (var k = start + 2; k < start + 6; k++)
        {
            var digit = char.IsAsciiDigit(json[k]) ? json[k] - '0' : char.IsAsciiHexDigit(json[k]) ? (json[k] | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value * 16) + digit;
        }

        unit = (char)value;
        return true;
    }
}