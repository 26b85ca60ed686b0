using System.Globalization;
using System.Text.Json;
using Sitrep.Ingest;

namespace Sitrep.Evaluation;

/// <summary>
/// Loads a gold corpus in the layout of EVALUATION.md: <c>CORPUS/gold.json</c> and the article ids of the files
/// in <c>CORPUS/articles</c> (<c>.txt</c>, <c>.html</c>, <c>.json</c>; the id is the file name without extension).
/// </summary>
public static class GoldCorpusLoader
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".json"];

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// Reads the corpus. Every problem is reported, not only the first: a malformed event gives an error naming the
    /// event id (or its index when it has none) and the field, e.g. <c>gold.json:event 'x' field 'date.start': expected YYYY-MM-DD</c>.
    /// Returns null when any error was found — a gold set with a silently dropped event would give wrong scores —
    /// and the corpus when there are only warnings (an unknown mode, an article listed in gold.json with no file).
    /// </summary>
    /// <param name="corpusDirectory">The corpus folder holding <c>articles/</c> and <c>gold.json</c>.</param>
    /// <param name="diagnostics">Every error and warning found.</param>
    public static GoldCorpus? Load(string corpusDirectory, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var found = new List<Diagnostic>();
        diagnostics = found;
        var goldPath = Path.Combine(corpusDirectory, "gold.json");
        var articlesPath = Path.Combine(corpusDirectory, "articles");
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusDirectory)));

        var files = ReadArticleFiles(articlesPath, found);
        if (!File.Exists(goldPath))
        {
            found.Add(new Diagnostic(goldPath, null, "not found: a gold corpus needs gold.json beside articles/"));
            return null;
        }

        JsonDocument document;
        try
        {
            // The JSON parser checks the UTF-8 of a string only when the string is read, which would throw from deep
            // inside the event reader (found by fuzzing); checked here, it is one error naming the line.
            var bytes = File.ReadAllBytes(goldPath);
            if (InvalidUtf8Line(bytes) is int badLine)
            {
                found.Add(new Diagnostic(goldPath, string.Create(CultureInfo.InvariantCulture, $"line {badLine}"), "not valid UTF-8"));
                return null;
            }

            // So does a lone surrogate escape ("\ud800"; the cause of the JSON readers' fuzz crashes): one error too.
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var replaced = JsonSurrogates.ReplaceLone(text, out var lone);
            if (lone > 0)
            {
                var line = text.AsSpan(0, text.AsSpan().CommonPrefixLength(replaced)).Count('\n') + 1;
                found.Add(new Diagnostic(goldPath, string.Create(CultureInfo.InvariantCulture, $"line {line}"), "a lone UTF-16 surrogate escape (\\uD800-\\uDFFF) is no text"));
                return null;
            }

            document = JsonDocument.Parse(bytes, JsonOptions);
        }
        catch (JsonException e)
        {
            var location = e.LineNumber is long line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}")
                : null;
            found.Add(new Diagnostic(goldPath, location, "not valid JSON: " + e.Message));
            return null;
        }
        catch (IOException e)
        {
            found.Add(new Diagnostic(goldPath, null, "cannot be read: " + e.Message));
            return null;
        }

        using (document)
        {
            var reader = new GoldEventReader(goldPath, found, files);
            var corpus = reader.ReadCorpus(document.RootElement, name);
            return corpus is null || found.Exists(d => d.Severity == DiagnosticSeverity.Error) ? null : corpus;
        }
    }

    // The 1-based line of the first byte that is not valid UTF-8, or null when all of it is.
    private static int? InvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var valid = 0;
        while (System.Text.Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            valid += consumed;
        }

        return bytes[..valid].Count((byte)'\n') + 1;
    }

    private static Dictionary<string, string> ReadArticleFiles(string articlesPath, List<Diagnostic> diagnostics)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(articlesPath))
        {
            diagnostics.Add(new Diagnostic(articlesPath, null, "not found: a gold corpus needs an articles/ folder"));
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(articlesPath).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path);
            if (!ArticleExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(path);
            if (!files.TryAdd(id, path))
            {
                diagnostics.Add(new Diagnostic(path, null, $"a second file for article '{id}' ({files[id]} is used)", DiagnosticSeverity.Warning));
            }
        }

        return files;
    }
}