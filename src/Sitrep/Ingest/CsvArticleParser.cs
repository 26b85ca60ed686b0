using System.Globalization;

using CsvHelper;

namespace Sitrep.Ingest;

/// <summary>
/// Reads a CSV bulk file (RFC 4180, header row required) with the fields of <see cref="BulkRecord"/>, in any column
/// order and any case. A record without text fails alone; malformed quoting stops the file at that record.
/// </summary>
internal static class CsvArticleParser
{
    public static IEnumerable<ReadOutcome> Parse(string text, InputSource source, IReadOnlyList<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        // Malformed quoting is recovered from (CsvHelper's default), so one bad record does not hide the rest.
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true };
        var outcomes = new List<ReadOutcome>();
        // A quote that never closes would swallow the rest of the file into one field (one 166 KB "article"): the
        // records before it are read, and the open quote is reported with its line.
        ReadFailed? unterminated = null;
        if (CsvQuotes.UnterminatedField(text) is { } open)
        {
            unterminated = source.Fail(
                $"unterminated quoted field: the quote opened on line {open.Line} never closes; the rest of the file was not read",
                "line " + open.Line.ToString(CultureInfo.InvariantCulture));
            text = text[..open.RecordStart];
        }

        using var csv = CsvReader.FromText(text, options);
        try
        {
            var columns = IndexColumns(csv.Headers);
            if (columns.Count == 0)
            {
                return [source.Fail("empty file")];
            }

            var textColumn = Find(columns, BulkRecord.TextFields);
            if (textColumn is null)
            {
                return [source.Fail("no text column (expected a header with id, url, title, outlet, published, text)", "line 1")];
            }

            var recordNumber = 0;
            while (csv.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                recordNumber++;
                var record = new BulkRecord(
                    Get(csv, Find(columns, ["id"])),
                    Get(csv, Find(columns, ["url", "link"])),
                    Get(csv, Find(columns, BulkRecord.TitleFields)),
                    Get(csv, Find(columns, BulkRecord.OutletFields)),
                    Get(csv, Find(columns, BulkRecord.PublishedFields)),
                    Get(csv, textColumn));
                outcomes.Add(record.ToOutcome(source, "record " + recordNumber.ToString(CultureInfo.InvariantCulture), recordNumber, null, warnings));
            }

            if (recordNumber == 0)
            {
                outcomes.Add(source.Fail("no records after the header"));
            }
        }
        catch (CsvFormatException ex)
        {
            outcomes.Add(source.Fail($"malformed CSV; the rest of the file was not read ({ex.Message})"));
        }

        if (unterminated is not null)
        {
            outcomes.RemoveAll(o => o is ReadFailed { Diagnostic.Message: "no records after the header" });
            outcomes.Add(unterminated);
        }

        return outcomes;
    }

    private static Dictionary<string, int> IndexColumns(IEnumerable<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var name in header)
        {
            columns.TryAdd(name.Trim().TrimStart('\uFEFF'), index++);
        }

        return columns;
    }

    private static int? Find(Dictionary<string, int> columns, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return null;
    }

    private static string? Get(CsvReader csv, int? column) =>
        column is int index && index < csv.FieldCount ? csv.GetStringOrNull(index) : null;
}