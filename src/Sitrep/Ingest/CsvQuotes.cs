namespace Sitrep.Ingest;

/// <summary>RFC 4180 quoting, scanned once: finds a quoted field that the text ends inside.</summary>
internal static class CsvQuotes
{
    /// <summary>
    /// The 1-based line where an unterminated quoted field opens and the offset where its record starts, or null when
    /// every quoted field closes. A quote opens a field only at the field's start; inside one, "" is a literal quote.
    /// </summary>
    public static (int Line, int RecordStart)? UnterminatedField(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var recordStart = 0;
        var fieldStart = true;
        var quoted = false;
        var openedOn = 0;
        var openedRecord = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"' when fieldStart:
                    quoted = true;
                    openedOn = line;
                    openedRecord = recordStart;
                    fieldStart = false;
                    break;
                case ',':
                    fieldStart = true;
                    break;
                case '\n':
                    fieldStart = true;
                    recordStart = i + 1;
                    break;
                case '\r':
                    break;
                default:
                    fieldStart = false;
                    break;
            }
        }

        return quoted ? (openedOn, openedRecord) : null;
    }
}