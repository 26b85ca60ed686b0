#:property PublishAot=false
// The team's named-entity annotations of edited news (docs/ner-annotation-guide.md): checks annotated files against
// the sentences they were made from, assembles them into data/ner/voa-annotated/, and measures the agreement of two
// independent annotations of the same stories.
//   dotnet run tools/ner-annotations.cs -- check TASK_DIR OUT_DIR
//   dotnet run tools/ner-annotations.cs -- agree FIRST_DIR SECOND_DIR [--diff FILE]
//   dotnet run tools/ner-annotations.cs -- assemble OUT_DIR... --analyzed JSON_DIR -o DIR
//   dotnet run tools/ner-annotations.cs -- assemble-ecb OUT_DIR... -o DIR
//   dotnet run tools/ner-annotations.cs -- score ANALYZE_JSON_DIR data/ner/voa-annotated/voa
// An annotated file has one sentence a line, "<sentence number><TAB><text>", each name wrapped as "[PER …]",
// "[ORG …]" or "[LOC …]"; removing the markup must give the sentence back character for character.
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: check TASK OUT | agree FIRST SECOND [--diff FILE] | assemble OUT... --analyzed DIR -o DIR | assemble-ecb OUT... -o DIR");
    return 2;
}

return args[0] switch
{
    "check" when args.Length == 3 => Check(args[1], args[2]),
    "agree" when args.Length >= 3 => Agree(args[1], args[2], Option(args, "--diff")),
    "assemble" => Assemble(args),
    "assemble-ecb" => AssembleEcb(args),
    "score" when args.Length == 3 => Score(args[1], args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine($"unknown or incomplete command; see the header of tools/ner-annotations.cs");
    return 2;
}

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static int Check(string taskDir, string outDir)
{
    var problems = 0;
    var entities = 0;
    foreach (var task in Directory.GetFiles(taskDir, "*.tsv").Order(StringComparer.Ordinal))
    {
        var annotated = Path.Combine(outDir, Path.GetFileName(task));
        if (!File.Exists(annotated))
        {
            Console.WriteLine($"{annotated}: missing");
            problems++;
            continue;
        }
        var expected = Markup.ReadLines(task);
        var got = Markup.ReadLines(annotated);
        if (expected.Count != got.Count)
        {
            Console.WriteLine($"{annotated}: {got.Count} lines, expected {expected.Count}");
            problems++;
            continue;
        }
        for (var i = 0; i < expected.Count; i++)
        {
            var parsed = Markup.Parse(got[i].Text);
            entities += parsed.Spans.Count;
            if (got[i].Number != expected[i].Number || parsed.Plain != expected[i].Text)
            {
                Console.WriteLine($"{annotated}:{i + 1}: sentence {got[i].Number} does not strip back to the task's sentence {expected[i].Number}");
                problems++;
            }
        }
    }
    Console.WriteLine($"{entities} entities, {problems} problems");
    return problems == 0 ? 0 : 1;
}

static int Agree(string firstDir, string secondDir, string? diffPath)
{
    var counts = new Dictionary<string, (int Both, int First, int Second)>(StringComparer.Ordinal);
    var diff = new StringBuilder();
    var sentences = 0;
    foreach (var second in Directory.GetFiles(secondDir, "*.tsv").Order(StringComparer.Ordinal))
    {
        var first = Path.Combine(firstDir, Path.GetFileName(second));
        if (!File.Exists(first))
        {
            Console.Error.WriteLine($"{first}: missing (the first annotation lacks this story)");
            return 1;
        }
        var a = Markup.ReadLines(first);
        var b = Markup.ReadLines(second);
        if (a.Count != b.Count)
        {
            Console.Error.WriteLine($"{second}: {b.Count} lines, {first}: {a.Count}");
            return 1;
        }
        for (var i = 0; i < a.Count; i++)
        {
            sentences++;
            var pa = Markup.Parse(a[i].Text);
            var pb = Markup.Parse(b[i].Text);
            var sa = pa.Spans.ToHashSet();
            var sb = pb.Spans.ToHashSet();
            foreach (var type in new[] { "PER", "ORG", "LOC" })
            {
                var both = sa.Count(s => s.Type == type && sb.Contains(s));
                var c = counts.GetValueOrDefault(type);
                counts[type] = (c.Both + both, c.First + sa.Count(s => s.Type == type), c.Second + sb.Count(s => s.Type == type));
            }
            if (!sa.SetEquals(sb))
            {
                diff.Append(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(second)} #{a[i].Number}\n  1: {a[i].Text}\n  2: {b[i].Text}\n");
            }
        }
    }
    Console.WriteLine($"sentences: {sentences}");
    Console.WriteLine("| type | both | first only | second only | F1 |");
    var all = (Both: 0, First: 0, Second: 0);
    foreach (var (type, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {type} | {c.Both} | {c.First - c.Both} | {c.Second - c.Both} | {F1(c.Both, c.First, c.Second):F3} |"));
        all = (all.Both + c.Both, all.First + c.First, all.Second + c.Second);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| all | {all.Both} | {all.First - all.Both} | {all.Second - all.Both} | {F1(all.Both, all.First, all.Second):F3} |"));
    if (diffPath is not null)
    {
        File.WriteAllText(diffPath, diff.ToString());
    }
    return 0;
}

// Entity F1 between two annotators is symmetric: 2·both / (first + second).
static double F1(int both, int first, int second) => first + second == 0 ? 1.0 : 2.0 * both / (first + second);

// Writes one JSON Lines file per story: {"article","sentence","start","end","text","entities":[{"start","end","type","text"}]},
// offsets into the article text as `sitrep analyze --json` gives it (its "text"), so the spans can be checked
// against the article and re-tokenised by any tokenizer.
static int Assemble(string[] args)
{
    var analyzed = Option(args, "--analyzed") ?? throw new ArgumentException("--analyzed DIR is required");
    var output = Option(args, "-o") ?? throw new ArgumentException("-o DIR is required");
    var sources = args.Skip(1).TakeWhile(a => !a.StartsWith('-')).ToList();
    Directory.CreateDirectory(output);
    var stories = 0;
    var entities = 0;
    foreach (var dir in sources)
    {
        foreach (var file in Directory.GetFiles(dir, "*.tsv").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(analyzed, id + ".json")));
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var bounds = doc.RootElement.GetProperty("layers").GetProperty("sentences").EnumerateArray()
                .Select(s => (Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32())).ToList();
            var lines = new StringBuilder();
            foreach (var line in Markup.ReadLines(file))
            {
                var number = int.Parse(line.Number, CultureInfo.InvariantCulture);
                var (start, end) = bounds[number];
                var parsed = Markup.Parse(line.Text);
                if (Regex.Replace(text[start..end], @"\s", " ") != parsed.Plain)
                {
                    Console.Error.WriteLine($"{file}: sentence {number} is not the article's text at {start}..{end}");
                    return 1;
                }
                var spans = parsed.Spans.Select(s => new { start = start + s.Start, end = start + s.End, type = s.Type, text = text[(start + s.Start)..(start + s.End)] });
                entities += parsed.Spans.Count;
                lines.Append(JsonSerializer.Serialize(new { article = id, sentence = number, start, end, text = text[start..end], entities = spans }));
                lines.Append('\n');
            }
            File.WriteAllText(Path.Combine(output, id + ".jsonl"), lines.ToString());
            stories++;
        }
    }
    Console.WriteLine($"{stories} stories, {entities} entities → {output}");
    return 0;
}

// ECB+ sentences are its tokens joined by single spaces (tools/ner-annotations.cs's task files), annotated on that
// text; one JSON Lines file per document with the same fields as `assemble` ("document" for "article"). Where a
// possessive or quote is glued to a name's token in ECB+'s tokenisation ("Varitek's"), the span is trimmed to the name.
static int AssembleEcb(string[] args)
{
    var output = Option(args, "-o") ?? throw new ArgumentException("-o DIR is required");
    Directory.CreateDirectory(output);
    var documents = 0;
    var entities = 0;
    foreach (var dir in args.Skip(1).TakeWhile(a => !a.StartsWith('-')))
    {
        foreach (var file in Directory.GetFiles(dir, "*.tsv").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var lines = new StringBuilder();
            foreach (var line in Markup.ReadLines(file))
            {
                var parsed = Markup.Parse(line.Text);
                var spans = parsed.Spans.Select(s => Markup.TrimGlued(parsed.Plain, s)).Where(s => s.End > s.Start)
                    .Select(s => new { start = s.Start, end = s.End, type = s.Type, text = parsed.Plain[s.Start..s.End] }).ToList();
                entities += spans.Count;
                lines.Append(JsonSerializer.Serialize(new { document = id, sentence = int.Parse(line.Number, CultureInfo.InvariantCulture), text = parsed.Plain, entities = spans }));
                lines.Append('\n');
            }
            File.WriteAllText(Path.Combine(output, id + ".jsonl"), lines.ToString());
            documents++;
        }
    }
    Console.WriteLine($"{documents} documents, {entities} entities → {output}");
    return 0;
}

// Scores the entities layer of `sitrep analyze --json` output (one FILE.json per story) against the assembled
// annotations: exact spans, PERSON → PER, ORG → ORG, GPE and LOC → LOC; other types are not names here.
static int Score(string analyzedDir, string goldDir)
{
    var counts = new Dictionary<string, (int Tp, int Pred, int Gold)>(StringComparer.Ordinal);
    foreach (var goldFile in Directory.GetFiles(goldDir, "*.jsonl").Order(StringComparer.Ordinal))
    {
        var id = Path.GetFileNameWithoutExtension(goldFile);
        var gold = File.ReadLines(goldFile).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!))).ToHashSet();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(analyzedDir, id + ".json")));
        var predicted = doc.RootElement.GetProperty("layers").GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), Type: e.GetProperty("type").GetString() switch
            {
                "PERSON" => "PER",
                "ORG" => "ORG",
                "GPE" or "LOC" => "LOC",
                _ => null,
            })).Where(e => e.Type is not null).Select(e => (e.Item1, e.Item2, e.Type!)).ToHashSet();
        foreach (var type in new[] { "PER", "ORG", "LOC" })
        {
            var c = counts.GetValueOrDefault(type);
            counts[type] = (c.Tp + predicted.Count(p => p.Item3 == type && gold.Contains(p)), c.Pred + predicted.Count(p => p.Item3 == type), c.Gold + gold.Count(g => g.Item3 == type));
        }
    }
    Console.WriteLine("| type | P | R | F1 | gold |");
    var all = (Tp: 0, Pred: 0, Gold: 0);
    foreach (var (type, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal).Append(new("all", (0, 0, 0))))
    {
        var x = type == "all" ? all : c;
        all = type == "all" ? all : (all.Tp + c.Tp, all.Pred + c.Pred, all.Gold + c.Gold);
        var p = x.Pred == 0 ? 0 : (double)x.Tp / x.Pred;
        var r = x.Gold == 0 ? 0 : (double)x.Tp / x.Gold;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {p:F3} | {r:F3} | {(p + r == 0 ? 0 : 2 * p * r / (p + r)):F3} | {x.Gold} |"));
    }
    return 0;
}

sealed record Line(string Number, string Text);

sealed record Span(int Start, int End, string Type);

sealed record Parsed(string Plain, List<Span> Spans);

static partial class Markup
{
    [GeneratedRegex(@"\[(PER|ORG|LOC) ([^\[\]]+?)\]")]
    private static partial Regex Mark();

    public static List<Line> ReadLines(string path) => File.ReadLines(path)
        .Where(l => l.Length > 0)
        .Select((l, i) => l.IndexOf('\t') is var tab and > 0
            ? new Line(l[..tab], l[(tab + 1)..])
            : throw new FormatException($"{path}:{i + 1}: expected '<sentence number><TAB><text>'"))
        .ToList();

    /// <summary>The span without a possessive or quote glued to its first or last token.</summary>
    public static Span TrimGlued(string text, Span span)
    {
        var (start, end) = (span.Start, span.End);
        if (end - start > 2 && (text[(end - 2)..end] is "'s" or "\u2019s"))
        {
            end -= 2;
        }
        while (end > start && text[end - 1] is '\'' or '"' or '\u2019' or '\u201D' or ':')
        {
            end--;
        }
        while (start < end && text[start] is '"' or '\u201C' or '\'' or '`')
        {
            start++;
        }
        return span with { Start = start, End = end };
    }

    /// <summary>The sentence without markup and its names as offsets into it.</summary>
    public static Parsed Parse(string marked)
    {
        var plain = new StringBuilder(marked.Length);
        var spans = new List<Span>();
        var last = 0;
        foreach (Match m in Mark().Matches(marked))
        {
            plain.Append(marked, last, m.Index - last);
            var start = plain.Length;
            plain.Append(m.Groups[2].Value);
            spans.Add(new Span(start, plain.Length, m.Groups[1].Value));
            last = m.Index + m.Length;
        }
        plain.Append(marked, last, marked.Length - last);
        return new Parsed(plain.ToString(), spans);
    }
}
